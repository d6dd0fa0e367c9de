#pragma once
// The parse tree of a template, one node type per construct, as Go's text/template/parse
// (node.go). Every node knows its byte position in the source text so errors can name
// line:col, and `str()` reproduces the node as Go's String() does (used in error contexts such
// as `executing "t" at <.Foo>`).
//
// Trees are immutable after parsing and may be executed from several threads at once.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hc::tmpl {

enum class NodeType : uint8_t {
  Text,
  Action,
  Bool,
  Chain,
  Command,
  Dot,
  Field,
  Identifier,
  If,
  List,
  Nil,
  Number,
  Pipe,
  Range,
  String,
  Template,
  Variable,
  With,
  Comment,
  Break,
  Continue,
};

struct Node {
  explicit Node(NodeType t, int64_t p) : type(t), pos(p) {}
  virtual ~Node() = default;
  /// Go's String() of the node.
  virtual std::string str() const = 0;
  NodeType type;
  int64_t pos;  ///< Byte offset in the template text.
};
using NodePtr = std::unique_ptr<Node>;

struct ListNode : Node {
  explicit ListNode(int64_t p) : Node(NodeType::List, p) {}
  std::string str() const override;
  std::vector<NodePtr> nodes;
};

struct TextNode : Node {
  TextNode(int64_t p, std::string t) : Node(NodeType::Text, p), text(std::move(t)) {}
  std::string str() const override;  // fmt.Sprintf("%q", text) as Go's TextNode.String
  std::string text;
};

struct CommentNode : Node {
  CommentNode(int64_t p, std::string t) : Node(NodeType::Comment, p), text(std::move(t)) {}
  std::string str() const override;
  std::string text;  ///< Including the /* */ markers.
};

struct VariableNode : Node {
  explicit VariableNode(int64_t p) : Node(NodeType::Variable, p) {}
  std::string str() const override;
  std::vector<std::string> ident;  ///< "$x", then field names ("$x.A.B" -> {"$x","A","B"}).
};

struct CommandNode : Node {
  explicit CommandNode(int64_t p) : Node(NodeType::Command, p) {}
  std::string str() const override;
  std::vector<NodePtr> args;  ///< Identifier, Field, Chain, Variable, Dot, Nil, Bool, Number,
                              ///< String or Pipe (parenthesised) nodes.
};

struct PipeNode : Node {
  PipeNode(int64_t p, int l) : Node(NodeType::Pipe, p), line(l) {}
  std::string str() const override;
  int line;
  bool isAssign = false;  ///< `$x = ...` rather than `$x := ...`.
  std::vector<std::unique_ptr<VariableNode>> decl;
  std::vector<std::unique_ptr<CommandNode>> cmds;
};

struct ActionNode : Node {
  ActionNode(int64_t p, int l) : Node(NodeType::Action, p), line(l) {}
  std::string str() const override;
  int line;
  std::unique_ptr<PipeNode> pipe;
};

struct IdentifierNode : Node {
  IdentifierNode(int64_t p, std::string i) : Node(NodeType::Identifier, p), ident(std::move(i)) {}
  std::string str() const override { return ident; }
  std::string ident;  ///< Function name.
};

struct DotNode : Node {
  explicit DotNode(int64_t p) : Node(NodeType::Dot, p) {}
  std::string str() const override { return "."; }
};

struct NilNode : Node {
  explicit NilNode(int64_t p) : Node(NodeType::Nil, p) {}
  std::string str() const override { return "nil"; }
};

struct FieldNode : Node {
  explicit FieldNode(int64_t p) : Node(NodeType::Field, p) {}
  std::string str() const override;
  std::vector<std::string> ident;  ///< ".A.B" -> {"A","B"}.
};

struct ChainNode : Node {
  explicit ChainNode(int64_t p) : Node(NodeType::Chain, p) {}
  std::string str() const override;
  NodePtr node;  ///< The operand: a parenthesised pipe, a field, a variable ...
  std::vector<std::string> field;  ///< Without the leading dots.
};

struct BoolNode : Node {
  BoolNode(int64_t p, bool v) : Node(NodeType::Bool, p), value(v) {}
  std::string str() const override { return value ? "true" : "false"; }
  bool value;
};

struct NumberNode : Node {
  explicit NumberNode(int64_t p) : Node(NodeType::Number, p) {}
  std::string str() const override { return text; }
  bool isInt = false;
  bool isUint = false;
  bool isFloat = false;
  bool isComplex = false;
  int64_t intValue = 0;
  uint64_t uintValue = 0;
  double floatValue = 0;
  double complexReal = 0, complexImag = 0;
  std::string text;  ///< Original text.
};

struct StringNode : Node {
  StringNode(int64_t p, std::string q, std::string t)
      : Node(NodeType::String, p), quoted(std::move(q)), text(std::move(t)) {}
  std::string str() const override { return quoted; }
  std::string quoted;  ///< Original text, with quotes.
  std::string text;    ///< Unquoted value.
};

/// If, Range and With share this shape (Go's BranchNode).
struct BranchNode : Node {
  BranchNode(NodeType t, int64_t p, int l) : Node(t, p), line(l) {}
  std::string str() const override;
  int line;
  std::unique_ptr<PipeNode> pipe;
  std::unique_ptr<ListNode> list;
  std::unique_ptr<ListNode> elseList;  ///< May be null.
};

struct BreakNode : Node {
  BreakNode(int64_t p, int l) : Node(NodeType::Break, p), line(l) {}
  std::string str() const override { return "{{break}}"; }
  int line;
};

struct ContinueNode : Node {
  ContinueNode(int64_t p, int l) : Node(NodeType::Continue, p), line(l) {}
  std::string str() const override { return "{{continue}}"; }
  int line;
};

struct TemplateNode : Node {
  TemplateNode(int64_t p, int l, std::string n) : Node(NodeType::Template, p), line(l), name(std::move(n)) {}
  std::string str() const override;
  int line;
  std::string name;
  std::unique_ptr<PipeNode> pipe;  ///< May be null.
};

/// One parsed template (the main one or a `define`d one).
struct Tree {
  std::string name;       ///< Name of this template.
  std::string parseName;  ///< Name of the top-level template being parsed (for errors).
  std::unique_ptr<ListNode> root;
  std::shared_ptr<const std::string> text;  ///< Full source text the positions refer to.

  /// Go's ErrorContext: "parseName:line:col" (col is the 0-based byte offset in the line, as
  /// Go computes it) and the node's text (not truncated, as in current Go).
  std::pair<std::string, std::string> errorContext(const Node& n) const;
};

/// Go's parse.IsEmptyTree: only whitespace text, comments and empty lists.
bool isEmptyTree(const Node* n);

}  // namespace hc::tmpl
