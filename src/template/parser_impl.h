#pragma once
// The recursive-descent parser of Go's text/template/parse/parse.go. One TreeParser is Go's
// *Tree while it is being parsed: the main template and each define/block get their own (with
// their own three-token lookahead, variable stack and range depth) and share the lexer.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hc/template/ast.h"
#include "hc/template/parser.h"
#include "template/lexer.h"

namespace hc::tmpl::detail {

/// Go's maxStackDepth: nesting of parenthesized pipelines ("max expression depth exceeded").
inline constexpr int kMaxParenDepth = 10000;
/// Nesting of if/range/with/block (and else-if chains). Go has no limit (it would eventually
/// crash with a stack overflow); we stop with "max nesting depth exceeded".
inline constexpr int kMaxControlDepth = 5000;
/// Go's maxPipelineCmds ("pipeline too long").
inline constexpr size_t kMaxPipelineCmds = 100000;

/// State shared by the trees of one parse() call.
struct ParseState {
  ParseState(const std::string& name, std::shared_ptr<const std::string> text,
             const ParseOptions& opts);

  bool hasFunction(std::string_view name) const;

  std::shared_ptr<const std::string> text;
  Lexer lex;
  std::string parseName;
  const ParseOptions& opts;
  std::map<std::string, std::shared_ptr<Tree>> treeSet;
  int controlDepth = 0;
};

/// {{end}} and {{else}} are returned by textOrAction but never enter the tree.
enum class Ctl : uint8_t { None, End, Else };

struct Parsed {
  NodePtr node;
  Ctl ctl = Ctl::None;
  int64_t pos = 0;
  int line = 0;
  /// Go's String() of the end/else node.
  const char* ctlStr() const { return ctl == Ctl::End ? "{{end}}" : "{{else}}"; }
};

class TreeParser {
 public:
  TreeParser(ParseState& s, std::string name);

  /// Tree.Parse for the top-level template: parse() then add().
  void parseMain();

 private:
  // Token stream (parse.go next/backup/peek...). The references point into token_ and are
  // valid until the next call.
  const Item& next();
  void backup() { peekCount_++; }
  void backup2(const Item& t1);
  void backup3(const Item& t2, const Item& t1);
  const Item& peek();
  const Item& nextNonSpace();
  const Item& peekNonSpace();

  // Errors: Tree.errorf with the message concatenated from the parts. Out of line and cold so
  // the recursive parsing functions keep small stack frames.
  [[noreturn]] void errorf(std::string_view a, std::string_view b = {}, std::string_view c = {},
                           std::string_view d = {});
  [[noreturn]] void unexpected(const Item& token, std::string_view context);
  Item expect(ItemType expected, std::string_view context);
  Item expectOneOf(ItemType expected1, ItemType expected2, std::string_view context);
  void add();

  // Structure (parser.cc).
  void parse();
  void parseDefinition();
  std::unique_ptr<ListNode> itemList(Parsed& next);
  Parsed textOrAction();
  Parsed textOrComment(const Item& token);
  Parsed action();
  Parsed breakControl(int64_t pos, int line, bool isBreak);
  /// parseControl plus newIf/newRange/newWith: `type` is If, Range or With.
  Parsed parseControl(NodeType type);
  Parsed endControl();
  Parsed elseControl();
  Parsed blockControl();
  Parsed templateControl();
  std::string parseTemplateName(const Item& token, std::string_view context);

  // Pipelines (parser_pipeline.cc).
  std::unique_ptr<PipeNode> pipeline(std::string_view context, ItemType end);
  std::unique_ptr<PipeNode> startPipeline(std::string_view context);
  void checkPipeline(const PipeNode& pipe, std::string_view context);
  std::unique_ptr<CommandNode> command();
  NodePtr operand();
  NodePtr chain(NodePtr node);
  NodePtr term();
  NodePtr termLeaf(const Item& token);
  NodePtr useVar(int64_t pos, std::string_view name);

  ParseState& s_;
  std::shared_ptr<Tree> tree_;
  Item token_[3];
  int peekCount_ = 0;
  std::vector<std::string_view> vars_;
  int actionLine_ = 0;
  int rangeDepth_ = 0;
  int stackDepth_ = 0;
};

}  // namespace hc::tmpl::detail
