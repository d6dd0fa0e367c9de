// Parser tests: the AST shape, positions and lines, tree-set semantics, errors (TemplateError
// fields), limits and isEmptyTree/errorContext. Expected values come from Go's
// text/template/parse (see parser_golden_test.cc for the big Go-generated tables).
#include "hc/template/parser.h"

#include <gtest/gtest.h>
#include <pthread.h>

#include <functional>
#include <string>

#include "hc/template/ast.h"
#include "hc/template/template_error.h"

// The parser limits of src/template/parser_impl.h.
namespace hc::tmpl::detail {
constexpr int kMaxParenDepth = 10000;
constexpr int kMaxControlDepth = 5000;
constexpr size_t kMaxPipelineCmds = 100000;
}  // namespace hc::tmpl::detail

namespace hc::tmpl {
namespace {

ParseOptions withFuncs(std::vector<std::string> names) {
  ParseOptions o;
  o.hasFunction = [names](std::string_view n) {
    for (const std::string& f : names) {
      if (f == n) return true;
    }
    return false;
  };
  return o;
}

TreeSet mustParse(const std::string& text, const ParseOptions& opts = {}) {
  try {
    return parse("t", text, opts);
  } catch (const TemplateError& e) {
    ADD_FAILURE() << "unexpected error: " << e.what();
    return {};
  }
}

TemplateError parseError(const std::string& name, const std::string& text,
                         const ParseOptions& opts = {}) {
  try {
    parse(name, text, opts);
  } catch (const TemplateError& e) {
    return e;
  }
  ADD_FAILURE() << "expected an error for " << text;
  return TemplateError("", "", 0, 0, "");
}

std::string rootStr(const std::string& text, const ParseOptions& opts = {}) {
  TreeSet s = mustParse(text, opts);
  return s.count("t") ? s.at("t")->root->str() : "<none>";
}

TEST(ParserTest, ErrorCarriesGoTextAndLocation) {
  TemplateError e = parseError("web.tmpl", "line1\n{{.X }}\n{{ .Y | 3 }}");
  EXPECT_STREQ(e.what(), "template: web.tmpl:3: non executable command in pipeline stage 2");
  EXPECT_EQ(e.name(), "web.tmpl");
  EXPECT_EQ(e.line(), 3);
  EXPECT_EQ(e.col(), -1);  // parse errors carry no column
  EXPECT_EQ(e.detail(), "non executable command in pipeline stage 2");
  EXPECT_EQ(e.located(), "web.tmpl:3: non executable command in pipeline stage 2");
  e = parseError("web.tmpl", "line1\n{{.X }}\n{{ .Y ) }}");
  EXPECT_STREQ(e.what(), "template: web.tmpl:3: unexpected right paren");  // Go 1.20+ text.

  e = parseError("t", "{{define `a`}}a{{end}}\n{{define `a`}}b{{end}}");
  EXPECT_STREQ(e.what(), "template: t:2: template: multiple definition of template \"a\"");
  EXPECT_EQ(e.detail(), "template: multiple definition of template \"a\"");

  e = parseError("t", "line1\n{{\"x\"\n\"y\"\n");
  EXPECT_STREQ(e.what(), "template: t:4: unclosed action started at t:2");
  e = parseError("t", "{{\n\n\n\n\n");
  EXPECT_STREQ(e.what(), "template: t:6: unclosed action started at t:1");
  e = parseError("t", "{{foo}}");
  EXPECT_STREQ(e.what(), "template: t:1: function \"foo\" not defined");
  e = parseError("t", "{{$x}}");
  EXPECT_STREQ(e.what(), "template: t:1: undefined variable \"$x\"");
  e = parseError("t", "{{range .}}{{end}}\n{{break}}");
  EXPECT_STREQ(e.what(), "template: t:2: {{break}} outside {{range}}");
  e = parseError("t", "{{@}}");
  EXPECT_STREQ(e.what(), "template: t:1: unexpected \"@\" in command");
  e = parseError("t", "{{.X}}\n{{€}}");
  EXPECT_STREQ(e.what(), "template: t:2: unrecognized character in action: U+20AC '€'");
  e = parseError("t", "{{.X\n\n@}}");
  EXPECT_STREQ(e.what(), "template: t:3: unexpected \"@\" in operand");
  e = parseError("t", "{{.X\n\n\x01}}");
  EXPECT_STREQ(e.what(),
               "template: t:3: unrecognized character in action: U+0001 in action started at t:1");
}

TEST(ParserTest, TreeSetHoldsMainDefinitionsAndBlocks) {
  TreeSet s = mustParse("a{{block \"inner\" .}}bar{{.}}baz{{end}}b{{define \"d\"}}D{{end}}");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s.at("t")->root->str(), "\"a\"{{template \"inner\" .}}\"b\"");
  EXPECT_EQ(s.at("inner")->root->str(), "\"bar\"{{.}}\"baz\"");
  EXPECT_EQ(s.at("d")->root->str(), "\"D\"");
  for (const auto& [name, tree] : s) {
    EXPECT_EQ(tree->name, name);
    EXPECT_EQ(tree->parseName, "t");
    ASSERT_TRUE(tree->text);
    EXPECT_EQ(tree->text, s.at("t")->text);  // One shared copy of the source.
  }
}

TEST(ParserTest, EmptyDefinitionsNeverReplaceNonEmptyOnes) {
  TreeSet s = mustParse("{{define \"x\"}}a{{end}}{{define \"x\"}} {{/* c */}} {{end}}");
  EXPECT_EQ(s.at("x")->root->str(), "\"a\"");
  s = mustParse("{{define \"x\"}}\n{{end}}{{define \"x\"}}b{{end}}");
  EXPECT_EQ(s.at("x")->root->str(), "\"b\"");
  // A definition named like the main template wins over an empty main body.
  s = mustParse("{{define \"t\"}}x{{end}}\n");
  EXPECT_EQ(s.at("t")->root->str(), "\"x\"");
  EXPECT_STREQ(parseError("t", "{{define \"t\"}}x{{end}}y").what(),
               "template: t:1: template: multiple definition of template \"t\"");
}

TEST(ParserTest, ElseWithAndElseIfChains) {
  TreeSet s =
      mustParse("{{with .X}}a{{else with .Y}}b{{else with $z := .Z}}{{$z}}{{else}}d{{end}}");
  const auto& root = *s.at("t")->root;
  ASSERT_EQ(root.nodes.size(), 1u);
  const auto& w = static_cast<const BranchNode&>(*root.nodes[0]);
  EXPECT_EQ(w.type, NodeType::With);
  ASSERT_TRUE(w.elseList);
  ASSERT_EQ(w.elseList->nodes.size(), 1u);
  const auto& w2 = static_cast<const BranchNode&>(*w.elseList->nodes[0]);
  EXPECT_EQ(w2.type, NodeType::With);
  EXPECT_EQ(w2.pipe->str(), ".Y");
  EXPECT_EQ(root.str(),
            "{{with .X}}\"a\"{{else}}{{with .Y}}\"b\"{{else}}{{with $z := .Z}}{{$z}}"
            "{{else}}\"d\"{{end}}{{end}}{{end}}");
  EXPECT_EQ(rootStr("{{if .X}}a{{else if .Y}}b{{end}}"),
            "{{if .X}}\"a\"{{else}}{{if .Y}}\"b\"{{end}}{{end}}");
  EXPECT_STREQ(parseError("t", "{{if .X}}a{{else with .Y}}b{{end}}").what(),
               "template: t:1: unexpected <with> in input");
  EXPECT_STREQ(parseError("t", "{{range .X}}a{{else with .Y}}b{{end}}").what(),
               "template: t:1: unexpected <with> in input");
  EXPECT_STREQ(parseError("t", "{{with .X}}a{{else if .Y}}b{{end}}").what(),
               "template: t:1: unexpected <if> in input");
}

TEST(ParserTest, PositionsAndLines) {
  // Go's TestLineNum: every action and its pipe know their line.
  std::string text;
  for (int i = 0; i < 100; i++) text += "{{printf 1234}}\n";
  TreeSet s = mustParse(text);
  const auto& nodes = s.at("t")->root->nodes;
  ASSERT_EQ(nodes.size(), 200u);
  for (size_t i = 0; i < nodes.size(); i += 2) {
    const auto& a = static_cast<const ActionNode&>(*nodes[i]);
    EXPECT_EQ(a.line, static_cast<int>(1 + i / 2));
    EXPECT_EQ(a.pipe->line, static_cast<int>(1 + i / 2));
    EXPECT_EQ(a.pos, static_cast<int64_t>(16 * (i / 2) + 2));
  }

  s = mustParse("x\n{{$v := .A.B}}{{$v.C.D}}\n{{template \"n\" $v}}{{range .}}{{break}}{{end}}");
  const auto& n = s.at("t")->root->nodes;
  ASSERT_EQ(n.size(), 6u);
  const auto& decl = static_cast<const ActionNode&>(*n[1]);
  EXPECT_EQ(decl.pipe->decl[0]->ident, std::vector<std::string>{"$v"});
  EXPECT_EQ(decl.pipe->decl[0]->pos, 4);
  // Go quirk: a field chain's position is that of its second element.
  const auto& field = static_cast<const FieldNode&>(*decl.pipe->cmds[0]->args[0]);
  EXPECT_EQ(field.ident, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(field.pos, 12);
  const auto& var = static_cast<const VariableNode&>(
      *static_cast<const ActionNode&>(*n[2]).pipe->cmds[0]->args[0]);
  EXPECT_EQ(var.ident, (std::vector<std::string>{"$v", "C", "D"}));
  EXPECT_EQ(var.pos, 20);
  const auto& tmpl = static_cast<const TemplateNode&>(*n[4]);
  EXPECT_EQ(tmpl.name, "n");
  EXPECT_EQ(tmpl.line, 3);
  EXPECT_EQ(tmpl.pos, 38);
  const auto& rng = static_cast<const BranchNode&>(*n[5]);
  EXPECT_EQ(rng.line, 3);
  const auto& brk = static_cast<const BreakNode&>(*rng.list->nodes[0]);
  EXPECT_EQ(brk.line, 3);
  EXPECT_EQ(brk.str(), "{{break}}");
  auto [loc, ctx] = s.at("t")->errorContext(var);
  EXPECT_EQ(loc, "t:2:18");
  EXPECT_EQ(ctx, "$v.C.D");
  auto [loc0, ctx0] = s.at("t")->errorContext(*n[0]);
  EXPECT_EQ(loc0, "t:1:0");
  EXPECT_EQ(ctx0, "\"x\\n\"");
}

TEST(ParserTest, ErrorContextIsNotTruncated) {
  // Go (1.19 up to 1.23) prints the whole node in "executing ... at <...>".
  TreeSet s = mustParse("ab{{index .Values \"some-long-key\" \"another\"}}");
  const auto& a = static_cast<const ActionNode&>(*s.at("t")->root->nodes[1]);
  auto [loc, ctx] = s.at("t")->errorContext(*a.pipe->cmds[0]);
  EXPECT_EQ(loc, "t:1:4");
  EXPECT_EQ(ctx, "index .Values \"some-long-key\" \"another\"");
}

TEST(ParserTest, NodeValues) {
  TreeSet t =
      mustParse("{{$x := 1}}{{$x = \"a\\tb\"}}{{printf `r\\n` 'x' 1e3 0x10 -2.5 1+2i true nil}}");
  const auto& nodes = t.at("t")->root->nodes;
  const auto& assign = static_cast<const ActionNode&>(*nodes[1]);
  EXPECT_TRUE(assign.pipe->isAssign);
  EXPECT_EQ(assign.str(), "{{$x := \"a\\tb\"}}");  // Go prints ":=" for assignments too.
  const auto& str = static_cast<const StringNode&>(*assign.pipe->cmds[0]->args[0]);
  EXPECT_EQ(str.quoted, "\"a\\tb\"");
  EXPECT_EQ(str.text, "a\tb");
  const auto& args = static_cast<const ActionNode&>(*nodes[2]).pipe->cmds[0]->args;
  ASSERT_EQ(args.size(), 9u);
  EXPECT_EQ(args[0]->type, NodeType::Identifier);
  EXPECT_EQ(static_cast<const StringNode&>(*args[1]).text, "r\\n");
  const auto& ch = static_cast<const NumberNode&>(*args[2]);
  EXPECT_TRUE(ch.isInt && ch.isUint && ch.isFloat && !ch.isComplex);
  EXPECT_EQ(ch.intValue, 'x');
  const auto& e3 = static_cast<const NumberNode&>(*args[3]);
  EXPECT_TRUE(e3.isInt && e3.isUint && e3.isFloat);  // 1e3 is both an int and a float.
  EXPECT_EQ(e3.intValue, 1000);
  EXPECT_EQ(e3.text, "1e3");
  EXPECT_EQ(static_cast<const NumberNode&>(*args[4]).uintValue, 16u);
  const auto& neg = static_cast<const NumberNode&>(*args[5]);
  EXPECT_TRUE(!neg.isInt && !neg.isUint && neg.isFloat);
  EXPECT_EQ(neg.floatValue, -2.5);
  const auto& cx = static_cast<const NumberNode&>(*args[6]);
  EXPECT_TRUE(cx.isComplex && !cx.isFloat);
  EXPECT_EQ(cx.complexReal, 1);
  EXPECT_EQ(cx.complexImag, 2);
  EXPECT_TRUE(static_cast<const BoolNode&>(*args[7]).value);
  EXPECT_EQ(args[8]->type, NodeType::Nil);
}

TEST(ParserTest, StringForms) {
  EXPECT_EQ(rootStr("{{.X (.Y .Z) (.A | .B .C) (.E)}}"), "{{.X (.Y .Z) (.A | .B .C) (.E)}}");
  EXPECT_EQ(rootStr("{{(.Y .Z).Field}}"), "{{(.Y .Z).Field}}");
  EXPECT_EQ(rootStr("{{range $i, $e := .}}{{$i}}{{end}}"), "{{range $i, $e := .}}{{$i}}{{end}}");
  EXPECT_EQ(rootStr("{{template `a\"b`}}"), "{{template \"a\\\"b\"}}");
  EXPECT_EQ(rootStr("x \r\n\t{{- 3 -}}\n\n\ty\xff\x01é"), "\"x\"{{3}}\"y\\xff\\x01é\"");
  CommentNode c(0, "/* hi */");
  EXPECT_EQ(c.str(), "{{/* hi */}}");
  TextNode t(0, "a\"b\\\u00e9\u2028");
  EXPECT_EQ(t.str(), "\"a\\\"b\\\\é\\u2028\"");
}

TEST(ParserTest, FunctionChecks) {
  EXPECT_EQ(rootStr("{{and 1 | or 2 | not | len | index | slice | print | printf | println | eq "
                    "| ne | lt | le | gt | ge | html | js | urlquery | call}}"),
            "{{and 1 | or 2 | not | len | index | slice | print | printf | println | eq | ne | "
            "lt | le | gt | ge | html | js | urlquery | call}}");
  EXPECT_STREQ(parseError("t", "{{service \"x\"}}").what(),
               "template: t:1: function \"service\" not defined");
  EXPECT_EQ(rootStr("{{service \"x\"}}", withFuncs({"service"})), "{{service \"x\"}}");
  ParseOptions skip;
  skip.skipFuncCheck = true;
  EXPECT_EQ(rootStr("{{fn 1 2}}", skip), "{{fn 1 2}}");
  // A function called "break" turns the keyword into an identifier (Go 1.21+).
  EXPECT_EQ(rootStr("{{break 1}}", withFuncs({"break"})), "{{break 1}}");
}

TEST(ParserTest, CustomDelimiters) {
  ParseOptions o;
  o.leftDelim = "[[";
  o.rightDelim = "]]";
  EXPECT_EQ(rootStr("{{.X}}[[- .Y -]] z", o), "\"{{.X}}\"{{.Y}}\"z\"");
  EXPECT_STREQ(parseError("t", "[[.Y", o).what(), "template: t:1: unclosed action");
}

TEST(ParserTest, IsEmptyTree) {
  // Go's isEmptyTests.
  struct Case {
    const char* input;
    bool empty;
  } cases[] = {
      {"", true},
      {"hello", false},
      {" \t\n \t\n", true},
      {"{{/* comment */}}", true},
      {"{{define `x`}}something{{end}}", true},
      {"{{define `x`}}something{{end}}\n\n{{define `y`}}something{{end}}\n\n", true},
      {"{{define `x`}}something{{end}}\nx\n{{define `y`}}something{{end}}\ny\n", false},
      {"{{define `x`}}something{{end}}{{if 3}}foo{{end}}", false},
      {"\u00a0\u3000\v\f", true},
      {"\xff", false},
  };
  EXPECT_TRUE(isEmptyTree(nullptr));
  for (const Case& c : cases) {
    TreeSet s = mustParse(c.input);
    EXPECT_EQ(isEmptyTree(s.at("t")->root.get()), c.empty) << c.input;
  }
}

// Runs `f` on a thread with a 256 MiB stack: the deepest trees the parser accepts need a few MiB
// of stack (more under sanitizers), more than a test thread may have.
void runWithBigStack(std::function<void()> f) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{256} << 20);
  pthread_t th;
  auto body = [](void* arg) -> void* {
    (*static_cast<std::function<void()>*>(arg))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&th, &attr, body, &f), 0);
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
}

TEST(ParserTest, NestingLimits) {
  runWithBigStack([] {
    // Go's maxStackDepth for parenthesized pipelines.
    std::string ok(detail::kMaxParenDepth, '(');
    ok = "{{" + ok + "1" + std::string(detail::kMaxParenDepth, ')') + "}}";
    EXPECT_EQ(mustParse(ok).size(), 1u);
    std::string deep(detail::kMaxParenDepth + 1, '(');
    deep = "{{" + deep + "1" + std::string(detail::kMaxParenDepth + 1, ')') + "}}";
    EXPECT_STREQ(parseError("t", deep).what(), "template: t:1: max expression depth exceeded");

    std::string ifs;
    for (int i = 0; i < detail::kMaxControlDepth; i++) ifs += "{{if .}}";
    for (int i = 0; i < detail::kMaxControlDepth; i++) ifs += "{{end}}";
    EXPECT_EQ(mustParse(ifs).size(), 1u);
    std::string chain = "{{if .}}";
    for (int i = 1; i < detail::kMaxControlDepth; i++) chain += "{{else if .}}";
    EXPECT_EQ(mustParse(chain + "{{end}}").size(), 1u);
    EXPECT_STREQ(parseError("t", chain + "{{else if .}}{{end}}").what(),
                 "template: t:1: max nesting depth exceeded");
    std::string blocks;
    for (int i = 0; i <= detail::kMaxControlDepth; i++) {
      blocks += "{{block \"b" + std::to_string(i) + "\" .}}";
    }
    EXPECT_STREQ(parseError("t", blocks).what(), "template: t:1: max nesting depth exceeded");
  });
}

TEST(ParserTest, PipelineTooLong) {
  std::string text = "{{.";
  for (size_t i = 1; i < detail::kMaxPipelineCmds; i++) text += "|printf";
  EXPECT_EQ(mustParse(text + "}}").size(), 1u);
  EXPECT_STREQ(parseError("t", text + "|printf}}").what(), "template: t:1: pipeline too long");
}

TEST(ParserTest, LargeTemplatesParseInLinearTime) {
  std::string text;
  for (int i = 0; i < 50000; i++) {
    text +=
        "{{range $i, $e := .Items}}{{if eq $i 0}}{{$e.Name | printf \"%q\"}}{{else}}x{{end}}"
        "{{end}}\n";
  }
  TreeSet s = mustParse(text);
  EXPECT_EQ(s.at("t")->root->nodes.size(), 100000u);
}

}  // namespace
}  // namespace hc::tmpl
