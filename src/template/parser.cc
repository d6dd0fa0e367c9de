// Go's text/template/parse/parse.go: template structure (text, actions, control structures,
// define/block/template) and the TreeSet semantics of parse.add. Pipelines are in
// parser_pipeline.cc.
#include "hc/template/parser.h"

#include "hc/template/template_error.h"
#include "template/parse_util.h"
#include "template/parser_impl.h"

namespace hc::tmpl {

namespace detail {

namespace {

bool isBuiltinFunction(std::string_view name) {
  static constexpr std::string_view kBuiltins[] = {
      "and",    "call",    "html",     "index", "slice", "js", "len", "not", "or", "print",
      "printf", "println", "urlquery", "eq",    "ge",    "gt", "le",  "lt",  "ne"};
  for (std::string_view b : kBuiltins) {
    if (b == name) return true;
  }
  return false;
}

}  // namespace

ParseState::ParseState(const std::string& name, std::shared_ptr<const std::string> t,
                       const ParseOptions& o)
    : text(std::move(t)), lex(*text, o.leftDelim, o.rightDelim), parseName(name), opts(o) {
  lex.options.breakOK = !hasFunction("break");
  lex.options.continueOK = !hasFunction("continue");
}

bool ParseState::hasFunction(std::string_view name) const {
  return isBuiltinFunction(name) || (opts.hasFunction && opts.hasFunction(name));
}

TreeParser::TreeParser(ParseState& s, std::string name) : s_(s), tree_(std::make_shared<Tree>()) {
  tree_->name = std::move(name);
  tree_->parseName = s.parseName;
  tree_->text = s.text;
  vars_.push_back("$");
}

const Item& TreeParser::next() {
  if (peekCount_ > 0) {
    peekCount_--;
  } else {
    token_[0] = s_.lex.nextItem();
  }
  return token_[peekCount_];
}

void TreeParser::backup2(const Item& t1) {
  token_[1] = t1;
  peekCount_ = 2;
}

void TreeParser::backup3(const Item& t2, const Item& t1) {  // Reverse order: pushing back.
  token_[1] = t1;
  token_[2] = t2;
  peekCount_ = 3;
}

const Item& TreeParser::peek() {
  if (peekCount_ > 0) return token_[peekCount_ - 1];
  peekCount_ = 1;
  token_[0] = s_.lex.nextItem();
  return token_[0];
}

const Item& TreeParser::nextNonSpace() {
  for (;;) {
    const Item& token = next();
    if (token.type != ItemType::Space) return token;
  }
}

const Item& TreeParser::peekNonSpace() {
  const Item& token = nextNonSpace();
  backup();
  return token;
}

[[gnu::noinline, gnu::cold]] void TreeParser::errorf(std::string_view a, std::string_view b,
                                                     std::string_view c, std::string_view d) {
  std::string msg;
  msg.reserve(a.size() + b.size() + c.size() + d.size());
  msg.append(a).append(b).append(c).append(d);
  int line = token_[0].line;
  throw TemplateError("template: " + s_.parseName + ":" + std::to_string(line) + ": " + msg,
                      s_.parseName, line, -1, msg);
}

[[gnu::noinline, gnu::cold]] void TreeParser::unexpected(const Item& token,
                                                         std::string_view context) {
  if (token.type == ItemType::Error) {
    std::string extra;
    if (actionLine_ != 0 && actionLine_ != token.line) {
      std::string_view val = token.val;
      constexpr std::string_view kAction = " action";
      bool endsWithAction =
          val.size() >= kAction.size() && val.substr(val.size() - kAction.size()) == kAction;
      // Avoid "action in action".
      extra = std::string(endsWithAction ? "" : " in action") + " started at " + s_.parseName +
              ":" + std::to_string(actionLine_);
    }
    errorf(token.str(), extra);
  }
  errorf("unexpected ", token.str(), " in ", context);
}

Item TreeParser::expect(ItemType expected, std::string_view context) {
  Item token = nextNonSpace();
  if (token.type != expected) unexpected(token, context);
  return token;
}

Item TreeParser::expectOneOf(ItemType expected1, ItemType expected2, std::string_view context) {
  Item token = nextNonSpace();
  if (token.type != expected1 && token.type != expected2) unexpected(token, context);
  return token;
}

// add adds the tree to the tree set: an empty definition never replaces a non-empty one.
void TreeParser::add() {
  auto it = s_.treeSet.find(tree_->name);
  if (it == s_.treeSet.end() || isEmptyTree(it->second->root.get())) {
    s_.treeSet[tree_->name] = tree_;
    return;
  }
  if (!isEmptyTree(tree_->root.get())) {
    errorf("template: multiple definition of template ", quoteGo(tree_->name));
  }
}

void TreeParser::parseMain() {
  parse();
  add();
}

// parse is the top-level parser for a template, essentially the same as itemList except it
// also parses {{define}} actions. It runs to EOF.
void TreeParser::parse() {
  tree_->root = std::make_unique<ListNode>(peek().pos);
  while (peek().type != ItemType::Eof) {
    if (peek().type == ItemType::LeftDelim) {
      Item delim = next();
      if (nextNonSpace().type == ItemType::Define) {
        TreeParser newT(s_, "definition");  // Name will be updated once we know it.
        newT.parseDefinition();
        continue;
      }
      backup2(delim);
    }
    Parsed n = textOrAction();
    if (n.ctl != Ctl::None) errorf("unexpected ", n.ctlStr());
    tree_->root->nodes.push_back(std::move(n.node));
  }
}

// parseDefinition parses a {{define}} ... {{end}} template definition and installs it in the
// tree set. The "define" keyword has already been scanned.
void TreeParser::parseDefinition() {
  constexpr std::string_view context = "define clause";
  Item name = expectOneOf(ItemType::String, ItemType::RawString, context);
  if (!unquote(name.val, tree_->name)) errorf("invalid syntax");
  expect(ItemType::RightDelim, context);
  Parsed end;
  tree_->root = itemList(end);
  if (end.ctl != Ctl::End) errorf("unexpected ", end.ctlStr(), " in ", context);
  add();
}

// itemList: textOrAction*, terminated by {{end}} or {{else}}, returned in `next`.
std::unique_ptr<ListNode> TreeParser::itemList(Parsed& next) {
  auto list = std::make_unique<ListNode>(peekNonSpace().pos);
  while (peekNonSpace().type != ItemType::Eof) {
    Parsed n = textOrAction();
    if (n.ctl != Ctl::None) {
      next = std::move(n);
      return list;
    }
    list->nodes.push_back(std::move(n.node));
  }
  errorf("unexpected EOF");
}

// textOrAction: text | comment | action
Parsed TreeParser::textOrAction() {
  const Item& token = nextNonSpace();
  if (token.type != ItemType::LeftDelim) return textOrComment(token);
  actionLine_ = token.line;
  Parsed n = action();
  actionLine_ = 0;
  return n;
}

[[gnu::noinline]] Parsed TreeParser::textOrComment(const Item& token) {
  if (token.type == ItemType::Text) {
    return Parsed{std::make_unique<TextNode>(token.pos, std::string(token.val))};
  }
  if (token.type == ItemType::Comment) {
    return Parsed{std::make_unique<CommentNode>(token.pos, std::string(token.val))};
  }
  unexpected(token, "input");
}

// action: control | command ("|" command)*. The left delimiter is past; the first word could
// be a keyword such as range.
Parsed TreeParser::action() {
  const Item& token = nextNonSpace();
  switch (token.type) {
    case ItemType::Block:
      return blockControl();
    case ItemType::Break:
      return breakControl(token.pos, token.line, true);
    case ItemType::Continue:
      return breakControl(token.pos, token.line, false);
    case ItemType::Else:
      return elseControl();
    case ItemType::End:
      return endControl();
    case ItemType::If:
      return parseControl(NodeType::If);
    case ItemType::Range:
      return parseControl(NodeType::Range);
    case ItemType::Template:
      return templateControl();
    case ItemType::With:
      return parseControl(NodeType::With);
    default:
      break;
  }
  backup();
  const Item& first = peek();
  // Do not pop variables; they persist until "end".
  auto n = std::make_unique<ActionNode>(first.pos, first.line);
  n->pipe = pipeline("command", ItemType::RightDelim);
  return Parsed{std::move(n)};
}

// {{break}} / {{continue}}; the keyword is past.
Parsed TreeParser::breakControl(int64_t pos, int line, bool isBreak) {
  const char* what = isBreak ? "{{break}}" : "{{continue}}";
  const Item& token = nextNonSpace();
  if (token.type != ItemType::RightDelim) unexpected(token, what);
  if (rangeDepth_ == 0) errorf(what, " outside {{range}}");
  if (isBreak) return Parsed{std::make_unique<BreakNode>(pos, line)};
  return Parsed{std::make_unique<ContinueNode>(pos, line)};
}

// {{if pipeline}} itemList [{{else}} itemList] {{end}}, and the same for range and with. The
// keyword is past.
Parsed TreeParser::parseControl(NodeType type) {
  std::string_view context = type == NodeType::If      ? "if"
                             : type == NodeType::Range ? "range"
                                                       : "with";
  if (s_.controlDepth >= kMaxControlDepth) errorf("max nesting depth exceeded");
  s_.controlDepth++;
  size_t nvars = vars_.size();  // Variables declared here go out of scope at {{end}}.
  std::unique_ptr<PipeNode> pipe = pipeline(context, ItemType::RightDelim);
  auto n = std::make_unique<BranchNode>(type, pipe->pos, pipe->line);
  n->pipe = std::move(pipe);
  if (type == NodeType::Range) rangeDepth_++;
  Parsed next;
  n->list = itemList(next);
  if (type == NodeType::Range) rangeDepth_--;
  if (next.ctl == Ctl::Else) {
    // "{{else if ...}}" and "{{else with ...}}" are treated as "{{else}}{{if ...}}" and
    // "{{else}}{{with ...}}" whose {{end}} is shared: elseControl left the keyword pending.
    ItemType pending = peek().type;
    if ((type == NodeType::If && pending == ItemType::If) ||
        (type == NodeType::With && pending == ItemType::With)) {
      this->next();  // Consume the "if" or "with" token.
      n->elseList = std::make_unique<ListNode>(next.pos);
      n->elseList->nodes.push_back(parseControl(type).node);
    } else {
      n->elseList = itemList(next);
      if (next.ctl != Ctl::End) errorf("expected end; found ", next.ctlStr());
    }
  }
  vars_.resize(nvars);
  s_.controlDepth--;
  return Parsed{std::move(n)};
}

Parsed TreeParser::endControl() {
  Parsed p;
  p.ctl = Ctl::End;
  p.pos = expect(ItemType::RightDelim, "end").pos;
  return p;
}

Parsed TreeParser::elseControl() {
  Parsed p;
  p.ctl = Ctl::Else;
  const Item& peeked = peekNonSpace();
  if (peeked.type == ItemType::If || peeked.type == ItemType::With) {
    p.pos = peeked.pos;
    p.line = peeked.line;
    return p;
  }
  Item token = expect(ItemType::RightDelim, "else");
  p.pos = token.pos;
  p.line = token.line;
  return p;
}

// {{block "name" pipeline}} ... {{end}}: defines the template and invokes it.
Parsed TreeParser::blockControl() {
  constexpr std::string_view context = "block clause";
  Item token = nextNonSpace();
  auto n = std::make_unique<TemplateNode>(token.pos, token.line, parseTemplateName(token, context));
  n->pipe = pipeline(context, ItemType::RightDelim);
  if (s_.controlDepth >= kMaxControlDepth) errorf("max nesting depth exceeded");
  s_.controlDepth++;
  auto block = std::make_unique<TreeParser>(s_, n->name);
  Parsed end;
  block->tree_->root = block->itemList(end);
  if (end.ctl != Ctl::End) errorf("unexpected ", end.ctlStr(), " in ", context);
  block->add();
  s_.controlDepth--;
  return Parsed{std::move(n)};
}

// {{template "name" pipeline?}}
Parsed TreeParser::templateControl() {
  constexpr std::string_view context = "template clause";
  Item token = nextNonSpace();
  std::string name = parseTemplateName(token, context);
  std::unique_ptr<PipeNode> pipe;
  if (nextNonSpace().type != ItemType::RightDelim) {
    backup();
    // Do not pop variables; they persist until "end".
    pipe = pipeline(context, ItemType::RightDelim);
  }
  auto n = std::make_unique<TemplateNode>(token.pos, token.line, std::move(name));
  n->pipe = std::move(pipe);
  return Parsed{std::move(n)};
}

std::string TreeParser::parseTemplateName(const Item& token, std::string_view context) {
  if (token.type != ItemType::String && token.type != ItemType::RawString) {
    unexpected(token, context);
  }
  std::string name;
  if (!unquote(token.val, name)) errorf("invalid syntax");
  return name;
}

}  // namespace detail

TreeSet parse(const std::string& name, const std::string& text, const ParseOptions& opts) {
  detail::ParseState state(name, std::make_shared<const std::string>(text), opts);
  detail::TreeParser t(state, name);
  t.parseMain();
  TreeSet out;
  for (auto& [treeName, tree] : state.treeSet) out.emplace(treeName, std::move(tree));
  return out;
}

}  // namespace hc::tmpl
