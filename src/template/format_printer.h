#pragma once
// Private: Go's fmt.pp, the state of one Sprint/Sprintln/Sprintf call over template Values.
// Value printing is in format.cc, the Sprintf format parser in format_printf.cc.
#include <string>
#include <string_view>
#include <vector>

#include "hc/template/value.h"
#include "template/format_internal.h"

namespace hc::tmpl::fmtimpl {

class Printer {
 public:
  Printer() : fmt_(buf_) {}

  std::string take() { return std::move(buf_); }

  /// fmt.Sprint: a space between operands when neither is a string.
  void doPrint(const std::vector<Value>& args);
  /// fmt.Sprintln: spaces between operands and a final newline.
  void doPrintln(const std::vector<Value>& args);
  /// fmt.Sprintf.
  void doPrintf(std::string_view format, const std::vector<Value>& args);
  /// Prints a top-level operand (Go's printArg).
  void printArg(const Value& v, char32_t verb);
  /// text/template's printValue: a pointer to a struct prints what it points to, {...}.
  void printIndirect(const Value& v);

 private:
  /// %!verb(type=value), or %!verb(<nil>) for a nil interface.
  void badVerb(char32_t verb, const Value* v);
  /// A String() or Error() method supplies the text for the string verbs (Go's Stringer).
  bool handleMethods(const Value& v, char32_t verb);
  void fmtBool(const Value& v, char32_t verb);
  void fmt0x64(uint64_t u, bool leading0x);
  void fmtInteger(uint64_t u, bool isSigned, char32_t verb, const Value* v);
  void fmtFloat(const Value& v, char32_t verb);
  /// Formats a string; false (nothing written) if the verb does not apply to strings.
  bool fmtStringView(std::string_view s, char32_t verb);
  void fmtString(const Value& v, char32_t verb);
  /// Pointer-like values (Go's fmtPointer): address 0 for nil, else the fake address.
  void fmtPointer(const Value& v, char32_t verb);
  /// %v and friends of a byte slice: the bytes as a string for s q x X, else the numbers.
  void fmtBytes(const Value& v, char32_t verb, int depth);
  void printList(const Value& v, char32_t verb, int depth, const std::string& type);
  /// An element of a container: Invalid is a nil interface{} (of the container's element type).
  void printElem(const Value& v, char32_t verb, int depth, const std::string& containerType);
  void printMap(const Value& v, char32_t verb, int depth);
  void printStruct(const Value& v, char32_t verb, int depth);
  /// Go's printValue: `depth` is 0 for a top-level operand.
  void printValue(const Value& v, char32_t verb, int depth);
  /// Go's fmt "%!verb(MISSING)"-style marker.
  void writeMarker(char32_t verb, const char* what);

  std::string buf_;
  Fmt fmt_;
  bool erroring_ = false;  // inside badVerb: no String methods
};

/// A nil interface{}: the Invalid value, or Nil without a Go type.
bool isNilInterface(const Value& v);

}  // namespace hc::tmpl::fmtimpl
