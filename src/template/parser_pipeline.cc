// Go's text/template/parse/parse.go: pipelines, commands, operands and terms.
#include "template/parse_util.h"
#include "template/parser_impl.h"

namespace hc::tmpl::detail {

namespace {

std::unique_ptr<VariableNode> newVariable(int64_t pos, std::string_view ident) {
  auto v = std::make_unique<VariableNode>(pos);
  size_t start = 0;
  for (;;) {
    size_t dot = ident.find('.', start);
    v->ident.emplace_back(ident.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return v;
}

std::unique_ptr<FieldNode> newField(int64_t pos, std::string_view ident) {
  auto f = std::make_unique<FieldNode>(pos);
  ident.remove_prefix(1);  // Drop the leading period.
  size_t start = 0;
  for (;;) {
    size_t dot = ident.find('.', start);
    f->ident.emplace_back(ident.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return f;
}

}  // namespace

// pipeline: declarations? command ('|' command)*
//
// pipeline, command, operand and term recurse for parenthesized pipelines: they are kept lean
// (no Item copies, no strings) and the rest lives in out-of-line helpers so each level of
// parentheses costs little stack.
std::unique_ptr<PipeNode> TreeParser::pipeline(std::string_view context, ItemType end) {
  std::unique_ptr<PipeNode> pipe = startPipeline(context);
  for (;;) {
    const Item& token = nextNonSpace();
    if (token.type == end) {
      // At this point, the pipeline is complete.
      checkPipeline(*pipe, context);
      return pipe;
    }
    switch (token.type) {
      case ItemType::Bool:
      case ItemType::CharConstant:
      case ItemType::Complex:
      case ItemType::Dot:
      case ItemType::Field:
      case ItemType::Identifier:
      case ItemType::Number:
      case ItemType::Nil:
      case ItemType::RawString:
      case ItemType::String:
      case ItemType::Variable:
      case ItemType::LeftParen:
        backup();
        pipe->cmds.push_back(command());
        if (pipe->cmds.size() > kMaxPipelineCmds) errorf("pipeline too long");
        break;
      default:
        unexpected(token, context);
    }
  }
}

// The start of pipeline: the node and its declarations or assignments, if any.
[[gnu::noinline]] std::unique_ptr<PipeNode> TreeParser::startPipeline(std::string_view context) {
  const Item& token = peekNonSpace();
  auto pipe = std::make_unique<PipeNode>(token.pos, token.line);
  for (;;) {
    Item v = peekNonSpace();
    if (v.type != ItemType::Variable) break;
    next();
    // Since space is a token, we need 3-token look-ahead here in the worst case: in "$x foo" we
    // need to read "foo" (as opposed to ":=") to know that $x is an argument variable rather
    // than a declaration. So remember the token adjacent to the variable so we can push it back
    // if necessary.
    Item tokenAfterVariable = peek();
    Item nxt = peekNonSpace();
    if (nxt.type == ItemType::Assign || nxt.type == ItemType::Declare) {
      pipe->isAssign = nxt.type == ItemType::Assign;
      nextNonSpace();
      pipe->decl.push_back(newVariable(v.pos, v.val));
      vars_.push_back(v.val);
    } else if (nxt.type == ItemType::Char && nxt.val == ",") {
      nextNonSpace();
      pipe->decl.push_back(newVariable(v.pos, v.val));
      vars_.push_back(v.val);
      if (context == "range" && pipe->decl.size() < 2) {
        ItemType t = peekNonSpace().type;
        if (t == ItemType::Variable || t == ItemType::RightDelim || t == ItemType::RightParen) {
          continue;  // Second initialized variable in a range pipeline.
        }
        errorf("range can only initialize variables");
      }
      errorf("too many declarations in ", context);
    } else if (tokenAfterVariable.type == ItemType::Space) {
      backup3(v, tokenAfterVariable);
    } else {
      backup2(v);
    }
    break;
  }
  return pipe;
}

void TreeParser::checkPipeline(const PipeNode& pipe, std::string_view context) {
  // Reject empty pipelines.
  if (pipe.cmds.empty()) errorf("missing value for ", context);
  // Only the first command of a pipeline can start with a non executable operand.
  for (size_t i = 1; i < pipe.cmds.size(); i++) {
    switch (pipe.cmds[i]->args[0]->type) {
      case NodeType::Bool:
      case NodeType::Dot:
      case NodeType::Nil:
      case NodeType::Number:
      case NodeType::String:
        // With A|B|C, pipeline stage 2 is B.
        errorf("non executable command in pipeline stage ", std::to_string(i + 1));
      default:
        break;
    }
  }
}

// command: operand (space operand)*. Space-separated arguments up to a pipeline character or
// right delimiter; the pipe character is consumed but the right delimiter is left to terminate
// the action.
std::unique_ptr<CommandNode> TreeParser::command() {
  auto cmd = std::make_unique<CommandNode>(peekNonSpace().pos);
  for (;;) {
    peekNonSpace();  // Skip leading spaces.
    if (NodePtr op = operand()) cmd->args.push_back(std::move(op));
    const Item& token = next();
    if (token.type == ItemType::Space) continue;
    if (token.type == ItemType::RightDelim || token.type == ItemType::RightParen) {
      backup();
    } else if (token.type != ItemType::Pipe) {
      unexpected(token, "operand");
    }
    break;
  }
  if (cmd->args.empty()) errorf("empty command");
  return cmd;
}

// operand: term .Field*. A null return means the next item is not an operand.
NodePtr TreeParser::operand() {
  NodePtr node = term();
  if (!node || peek().type != ItemType::Field) return node;
  return chain(std::move(node));
}

// The field accesses following a term.
[[gnu::noinline]] NodePtr TreeParser::chain(NodePtr node) {
  auto chain = std::make_unique<ChainNode>(peek().pos);
  while (peek().type == ItemType::Field) chain->field.emplace_back(next().val.substr(1));
  // Compatibility with Go's original API: fields of a field or variable are appended to it;
  // other terms keep the Chain node. Obvious errors involving literals are detected here.
  switch (node->type) {
    case NodeType::Field: {
      auto f = std::make_unique<FieldNode>(chain->pos);
      f->ident = std::move(static_cast<FieldNode&>(*node).ident);
      for (auto& id : chain->field) f->ident.push_back(std::move(id));
      return f;
    }
    case NodeType::Variable: {
      auto v = std::make_unique<VariableNode>(chain->pos);
      v->ident = std::move(static_cast<VariableNode&>(*node).ident);
      for (auto& id : chain->field) v->ident.push_back(std::move(id));
      return v;
    }
    case NodeType::Bool:
    case NodeType::String:
    case NodeType::Number:
    case NodeType::Nil:
    case NodeType::Dot:
      errorf("unexpected . after term ", quoteGo(node->str()));
    default:
      chain->node = std::move(node);
      return chain;
  }
}

// term: literal (number, string, nil, boolean) | function (identifier) | . | .Field | $ |
// '(' pipeline ')'. A null return means the next item is not a term.
NodePtr TreeParser::term() {
  const Item& token = nextNonSpace();
  if (token.type != ItemType::LeftParen) return termLeaf(token);
  if (stackDepth_ >= kMaxParenDepth) errorf("max expression depth exceeded");
  stackDepth_++;
  NodePtr p = pipeline("parenthesized pipeline", ItemType::RightParen);
  stackDepth_--;
  return p;
}

// The terms other than a parenthesized pipeline.
[[gnu::noinline]] NodePtr TreeParser::termLeaf(const Item& token) {
  switch (token.type) {
    case ItemType::Identifier:
      if (!s_.opts.skipFuncCheck && !s_.hasFunction(token.val)) {
        errorf("function ", quoteGo(token.val), " not defined");
      }
      return std::make_unique<IdentifierNode>(token.pos, std::string(token.val));
    case ItemType::Dot:
      return std::make_unique<DotNode>(token.pos);
    case ItemType::Nil:
      return std::make_unique<NilNode>(token.pos);
    case ItemType::Variable:
      return useVar(token.pos, token.val);
    case ItemType::Field:
      return newField(token.pos, token.val);
    case ItemType::Bool:
      return std::make_unique<BoolNode>(token.pos, token.val == "true");
    case ItemType::CharConstant:
    case ItemType::Complex:
    case ItemType::Number: {
      auto n = std::make_unique<NumberNode>(token.pos);
      NumberKind kind = token.type == ItemType::CharConstant ? NumberKind::Char
                        : token.type == ItemType::Complex    ? NumberKind::Complex
                                                             : NumberKind::Number;
      std::string err = evalNumber(*n, token.val, kind);
      if (!err.empty()) errorf(err);
      return n;
    }
    case ItemType::String:
    case ItemType::RawString: {
      std::string s;
      if (!unquote(token.val, s)) errorf("invalid syntax");
      return std::make_unique<StringNode>(token.pos, std::string(token.val), std::move(s));
    }
    default:
      break;
  }
  backup();
  return nullptr;
}

// useVar returns a node for a variable reference. It errors if the variable is not defined.
NodePtr TreeParser::useVar(int64_t pos, std::string_view name) {
  auto v = newVariable(pos, name);
  // Go scans from the oldest; only existence matters, and recent declarations are likelier.
  for (auto it = vars_.rbegin(); it != vars_.rend(); ++it) {
    if (*it == v->ident[0]) return v;
  }
  errorf("undefined variable ", quoteGo(v->ident[0]));
}

}  // namespace hc::tmpl::detail
