// String forms of the parse tree nodes (Go's node.go String/writeTo), Tree::errorContext (Go's
// Tree.ErrorContext) and isEmptyTree (Go's parse.IsEmptyTree).
#include "hc/template/ast.h"

#include "template/parse_util.h"

namespace hc::tmpl {

namespace {

// The writeTo half of Go's String(): appends to `sb` to avoid quadratic string building.
void writeTo(const Node& n, std::string& sb);

void writePipe(const PipeNode& p, std::string& sb) {
  if (!p.decl.empty()) {
    for (size_t i = 0; i < p.decl.size(); i++) {
      if (i > 0) sb += ", ";
      writeTo(*p.decl[i], sb);
    }
    sb += " := ";  // Go prints ":=" for assignments too.
  }
  for (size_t i = 0; i < p.cmds.size(); i++) {
    if (i > 0) sb += " | ";
    writeTo(*p.cmds[i], sb);
  }
}

void writeList(const ListNode* l, std::string& sb) {
  if (!l) return;
  for (const NodePtr& n : l->nodes) writeTo(*n, sb);
}

void writeIdents(const std::vector<std::string>& ids, bool leadingDot, std::string& sb) {
  for (size_t i = 0; i < ids.size(); i++) {
    if (leadingDot || i > 0) sb += '.';
    sb += ids[i];
  }
}

void writeTo(const Node& n, std::string& sb) {
  switch (n.type) {
    case NodeType::List:
      writeList(&static_cast<const ListNode&>(n), sb);
      return;
    case NodeType::Pipe:
      writePipe(static_cast<const PipeNode&>(n), sb);
      return;
    case NodeType::Action: {
      const auto& a = static_cast<const ActionNode&>(n);
      sb += "{{";
      if (a.pipe) writePipe(*a.pipe, sb);
      sb += "}}";
      return;
    }
    case NodeType::Command: {
      const auto& c = static_cast<const CommandNode&>(n);
      for (size_t i = 0; i < c.args.size(); i++) {
        if (i > 0) sb += ' ';
        if (c.args[i]->type == NodeType::Pipe) {
          sb += '(';
          writePipe(static_cast<const PipeNode&>(*c.args[i]), sb);
          sb += ')';
        } else {
          writeTo(*c.args[i], sb);
        }
      }
      return;
    }
    case NodeType::Variable:
      writeIdents(static_cast<const VariableNode&>(n).ident, false, sb);
      return;
    case NodeType::Field:
      writeIdents(static_cast<const FieldNode&>(n).ident, true, sb);
      return;
    case NodeType::Chain: {
      const auto& c = static_cast<const ChainNode&>(n);
      if (c.node && c.node->type == NodeType::Pipe) {
        sb += '(';
        writePipe(static_cast<const PipeNode&>(*c.node), sb);
        sb += ')';
      } else if (c.node) {
        writeTo(*c.node, sb);
      }
      writeIdents(c.field, true, sb);
      return;
    }
    case NodeType::If:
    case NodeType::Range:
    case NodeType::With: {
      const auto& b = static_cast<const BranchNode&>(n);
      sb += n.type == NodeType::If ? "{{if " : n.type == NodeType::Range ? "{{range " : "{{with ";
      if (b.pipe) writePipe(*b.pipe, sb);
      sb += "}}";
      writeList(b.list.get(), sb);
      if (b.elseList) {
        sb += "{{else}}";
        writeList(b.elseList.get(), sb);
      }
      sb += "{{end}}";
      return;
    }
    case NodeType::Template: {
      const auto& t = static_cast<const TemplateNode&>(n);
      sb += "{{template ";
      sb += detail::quoteGo(t.name);
      if (t.pipe) {
        sb += ' ';
        writePipe(*t.pipe, sb);
      }
      sb += "}}";
      return;
    }
    case NodeType::Text:
      sb += detail::quoteGo(static_cast<const TextNode&>(n).text);
      return;
    case NodeType::Comment:
      sb += "{{";
      sb += static_cast<const CommentNode&>(n).text;
      sb += "}}";
      return;
    default:
      sb += n.str();
      return;  // Leaves: identifier, dot, nil, bool, number, string...
  }
}

std::string toString(const Node& n) {
  std::string sb;
  writeTo(n, sb);
  return sb;
}

// unicode.IsSpace.
bool isUnicodeSpace(char32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

// len(bytes.TrimSpace(text)) == 0
bool onlySpace(std::string_view s) {
  while (!s.empty()) {
    unicode::DecodedRune d = unicode::decodeRune(s);
    if (!isUnicodeSpace(d.rune) || (d.rune == unicode::kRuneError && d.width == 1)) return false;
    s.remove_prefix(static_cast<size_t>(d.width));
  }
  return true;
}

}  // namespace

std::string ListNode::str() const {
  return toString(*this);
}
std::string TextNode::str() const {
  return detail::quoteGo(text);
}
std::string CommentNode::str() const {
  return "{{" + text + "}}";
}
std::string VariableNode::str() const {
  return toString(*this);
}
std::string CommandNode::str() const {
  return toString(*this);
}
std::string PipeNode::str() const {
  return toString(*this);
}
std::string ActionNode::str() const {
  return toString(*this);
}
std::string FieldNode::str() const {
  return toString(*this);
}
std::string ChainNode::str() const {
  return toString(*this);
}
std::string BranchNode::str() const {
  return toString(*this);
}
std::string TemplateNode::str() const {
  return toString(*this);
}

std::pair<std::string, std::string> Tree::errorContext(const Node& n) const {
  std::string_view all = text ? std::string_view(*text) : std::string_view();
  auto pos = static_cast<size_t>(n.pos < 0 ? 0 : n.pos);
  if (pos > all.size()) pos = all.size();
  std::string_view before = all.substr(0, pos);
  size_t lastNL = before.rfind('\n');
  size_t byteNum = lastNL == std::string_view::npos ? pos : pos - (lastNL + 1);
  size_t lineNum = 1;
  for (char c : before) lineNum += c == '\n';
  return {parseName + ":" + std::to_string(lineNum) + ":" + std::to_string(byteNum), n.str()};
}

bool isEmptyTree(const Node* n) {
  if (!n) return true;
  switch (n->type) {
    case NodeType::Comment:
      return true;
    case NodeType::List:
      for (const NodePtr& c : static_cast<const ListNode*>(n)->nodes) {
        if (!isEmptyTree(c.get())) return false;
      }
      return true;
    case NodeType::Text:
      return onlySpace(static_cast<const TextNode*>(n)->text);
    default:
      return false;  // Action, If, Range, Template, With ...
  }
}

}  // namespace hc::tmpl
