// consul-template's helper functions used from templates, through Template::parse/execute: the
// evaluator's argument conversion, pipelines, methods of the scratch pad and errors as Go's
// text/template reports them. Expected outputs are what Go's text/template printed with
// consul-template's function bodies.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hc/template/funcs.h"
#include "hc/template/template.h"

namespace hc::tmpl {
namespace {

struct TemplateCase {
  std::string text;
  std::string want;
  std::string error;
};

TEST(HelperFuncsInTemplates, RenderAsConsulTemplate) {
  const std::vector<TemplateCase> cases = {
      {R"T({{ 5 | subtract 2 }})T", R"T(3)T", R"T()T"},
      {R"T({{ "a,b" | split "," | join ";" }})T", R"T(a;b)T", R"T()T"},
      {R"T({{ range $i := loop 3 }}{{ $i }}{{ end }})T", R"T(012)T", R"T()T"},
      {R"T({{ range $i := loop 1 "3" }}{{ $i }},{{ end }})T", R"T(1,2,)T", R"T()T"},
      {R"T({{ with $x := parseJSON "{\"a\":[1,2.5,null]}" }}{{ $x.a }} {{ $x.b }} {{ index $x.a 2 }}{{ end }})T",
       R"T([1 2.5 <nil>] <no value> <no value>)T", R"T()T"},
      {R"T({{ scratch.Set "a" 1 }}{{ scratch.Get "a" }} {{ scratch.Key "a" }} {{ scratch.Get "zz" }})T",
       R"T(1 true <no value>)T", R"T()T"},
      {R"T({{ scratch.MapSet "m" "b" 2 }}{{ scratch.MapSet "m" "a" 1 }}{{ range scratch.MapValues "m" }}{{ . }}{{ end }})T",
       R"T(12)T", R"T()T"},
      {R"T({{ define "x" }}[{{ . }}]{{ end }}{{ executeTemplate "x" 5 }}{{ executeTemplate "x" }})T",
       R"T([5][<no value>])T", R"T()T"},
      {R"T({{ divide 0 1 }})T", R"T()T",
       R"T(template: t:1:3: executing "t" at <divide 0 1>: error calling divide: runtime error: integer divide by zero)T"},
      {R"T({{ toJSON (parseJSON "{\"b\":1,\"a\":\"<\"}") }})T", R"T({"a":"\u003c","b":1})T",
       R"T()T"},
      {R"T({{ "abc" | contains "b" }} {{ "b" | in "abc" }})T", R"T(true true)T", R"T()T"},
      {R"T({{ parseInt "42" | add 1 }} {{ parseFloat "1.5" | multiply 2 }} {{ 7 | modulo 3 }} {{ maximum 2 3.5 }})T",
       R"T(43 3 1 3.5)T", R"T()T"},
      {R"T({{ range $k, $v := explodeMap (parseJSON "{\"a/b\":1}") }}{{ $k }}={{ $v }}{{ end }})T",
       R"T(a=map[b:1])T", R"T()T"},
      {R"T({{ "web-01" | regexReplaceAll "-(\\d+)" "_$1" }} {{ "web-01" | regexMatch "^web" }})T",
       R"T(web_01 true)T", R"T()T"},
      {R"T({{ splitToMap "," "=" "a=1,b=2" }} {{ (splitToMap "," "=" "a=1").zz }}|)T",
       R"T(map[a:1 b:2] <no value>|)T", R"T()T"},
      {R"T({{ "hello world" | toTitle }} {{ "X" | toLower }} {{ "  y " | trimSpace }} {{ "a\nb" | indent 2 }})T",
       R"T(Hello World x y   a
  b)T",
       R"T()T"},
      {R"T({{ toJSONPretty (parseJSON "{\"a\":[1,{}]}") }})T", R"T({
  "a": [
    1,
    {}
  ]
})T",
       R"T()T"},
      {R"T({{ parseBool "x" }})T", R"T()T",
       R"T(template: t:1:3: executing "t" at <parseBool "x">: error calling parseBool: parseBool: strconv.ParseBool: parsing "x": invalid syntax)T"},
      {R"T({{ indent -1 "x" }})T", R"T()T",
       R"T(template: t:1:3: executing "t" at <indent -1 "x">: error calling indent: indent value must be a positive integer)T"},
      {R"T({{ join "," (split "," "") }}|{{ split "," "" }}|{{ len (split "," "") }})T",
       R"T(|[]|0)T", R"T()T"},
      {R"T({{ mergeMap (parseJSON "{\"a\":1}") (parseJSON "{\"a\":2,\"b\":3}") }})T",
       R"T(map[a:1 b:3])T", R"T()T"},
      {R"T({{ base64Encode "hi" | base64Decode }} {{ sha256Hex "x" | printf "%.8s" }})T",
       R"T(hi 2d711642)T", R"T()T"},
      {R"T({{ containsAll (parseJSON "[\"a\"]") (split "," "a,b") }})T", R"T(true)T", R"T()T"},
      {R"T({{ printf "%T" (loop 2) }})T", R"T(<-chan int64)T", R"T()T"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    FuncMap funcs = helperFuncs();  // A fresh scratch pad per execution, as consul-template.
    std::string got, err;
    try {
      auto t = Template::parse("t", c.text, funcs);
      got = t->execute(Value(), funcs);
    } catch (const TemplateError& e) {
      err = e.what();
    }
    EXPECT_EQ(err, c.error);
    if (c.error.empty()) {
      EXPECT_EQ(got, c.want);
    }
  }
}

}  // namespace
}  // namespace hc::tmpl
