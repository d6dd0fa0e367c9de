#pragma once
// Private helpers shared by the helper-function files (funcs_*.cc): function registration,
// argument access, and the pieces of Go's standard library the functions are built from
// (unicode/utf8, unicode case mapping, strconv, encoding/json).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hc/template/funcs.h"
#include "hc/template/value.h"
#include "template/unicode.h"

namespace hc::tmpl::funcs {

// ---- Registration -------------------------------------------------------------------------

/// Adds a function with Go parameter types `params` (and optionally trailing variadic ones).
void define(FuncMap& m, const std::string& name, std::vector<Param> params, NativeFn fn,
            bool variadic = false, Param variadicType = Param::Any);

void addStringFuncs(FuncMap& m);                  // funcs_strings.cc
void addRegexpFuncs(FuncMap& m);                  // funcs_regexp.cc
void addStrconvFuncs(FuncMap& m);                 // funcs_strconv.cc
void addEncodingFuncs(FuncMap& m);                // funcs_encoding.cc
void addJSONFuncs(FuncMap& m);                    // funcs_json.cc
void addCollectionFuncs(FuncMap& m);              // funcs_collections.cc
void addMapFuncs(FuncMap& m);                     // funcs_maps.cc
void addMathFuncs(FuncMap& m);                    // funcs_math.cc
void addTimeFuncs(FuncMap& m, const NowFn& now);  // funcs_time.cc
/// A new scratch pad (*template.Scratch) as an Object value.
Value newScratch();  // funcs_scratch.cc

// ---- Arguments ----------------------------------------------------------------------------

/// args[i] as a string; FuncError if it is not one (the evaluator converts before calling, so
/// this only guards direct calls).
const std::string& argString(const std::vector<Value>& args, size_t i);
/// args[i] as an int64 (Int or Uint kinds).
int64_t argInt(const std::vector<Value>& args, size_t i);
/// The elements of a []string argument (Invalid = nil slice = none).
std::vector<std::string> argStrings(const std::vector<Value>& args, size_t i);

/// Go's nil interface{} or nil reflect.Value: Invalid, or an untyped Value::nil().
bool isNilValue(const Value& v);
/// Whether `v` is assignable to a parameter of exact Go type `type` ("map[string]interface {}",
/// "[]interface {}", "[]*dependency.KeyPair" ...): same type, or nil (the zero value). Throws
/// FuncError "wrong type for value; expected T; got U" otherwise (the evaluator's text for a
/// parameter type it cannot check itself).
void checkArgType(const Value& v, const std::string& type);

// ---- unicode/utf8 and unicode -------------------------------------------------------------

// UTF-8 and rune classes come from the shared unicode module.
using unicode::appendRune;
using unicode::DecodedRune;
using unicode::decodeLastRune;
using unicode::decodeRune;
using unicode::isSpace;
using unicode::kRuneError;
using unicode::validUTF8;

/// strings.ToUpper / strings.ToLower (invalid UTF-8 bytes become U+FFFD).
std::string goToUpper(std::string_view s);
std::string goToLower(std::string_view s);
/// golang.org/x/text/cases.Title(language.Und, cases.NoLower).String(s).
std::string goTitle(std::string_view s);

// ---- strings ------------------------------------------------------------------------------

/// strings.Split (sep "" splits after each UTF-8 sequence).
std::vector<std::string> goSplit(std::string_view s, std::string_view sep);
/// strings.TrimSpace.
std::string_view goTrimSpace(std::string_view s);

// ---- strconv ------------------------------------------------------------------------------

/// strconv.Quote.
std::string quote(std::string_view s);
/// fmt's %q of a value passed as interface{} (e.g. "x", %!q(bool=true), %!q(<nil>)).
std::string quoteValue(const Value& v);
/// fmt's %q of a reflect.Value holding `v` (an invalid one prints <invalid reflect.Value>).
std::string quoteReflectValue(const Value& v);

/// strconv.ParseInt(s, 10, 64) / ParseUint(s, 10, 64) / ParseFloat(s, 64) / ParseBool(s).
/// Throw FuncError with strconv's NumError text ("strconv.ParseInt: parsing \"x\": invalid
/// syntax").
int64_t parseInt10(const std::string& s);
uint64_t parseUint10(const std::string& s);
double parseFloat64(const std::string& s);
bool parseBool(const std::string& s);
/// strconv.Atoi (error text names "Atoi").
int64_t atoi(const std::string& s);

// ---- regexp/syntax -----------------------------------------------------------------------

struct RegexpTranslation {
  std::string pcre;                ///< The equivalent PCRE pattern (UTF-8 mode).
  std::vector<std::string> names;  ///< Capture group names by index; [0] is the whole match.
  std::vector<std::string> unicodeClasses;  ///< The \p{...} classes used, as written.
};
/// Parses a Go (RE2) pattern as regexp.Compile does; FuncError with Go's text
/// ("error parsing regexp: missing closing ): `(a`") if Go would reject it.
RegexpTranslation translateRegexp(std::string_view re);

// ---- encoding/json ------------------------------------------------------------------------

struct JSONOptions {
  bool escapeHTML = true;  ///< json.Marshal escapes <, >, & (an Encoder can turn that off).
  bool indent = false;     ///< MarshalIndent(v, "", "  ").
};
/// encoding/json's Marshal of `v` (maps with sorted keys, structs by field names in declaration
/// order). Throws FuncError with json's UnsupportedTypeError / UnsupportedValueError text.
std::string jsonMarshal(const Value& v, const JSONOptions& opts);
/// encoding/json's Unmarshal into interface{}: objects become map[string]interface {},
/// arrays []interface {}, numbers float64, null a nil interface. Throws FuncError with json's
/// SyntaxError / UnmarshalTypeError text.
Value jsonUnmarshal(const std::string& s);

}  // namespace hc::tmpl::funcs
