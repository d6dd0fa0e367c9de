// Go's fmt printing (Sprint, Sprintln, Sprintf) over template Values.
//
// The Value kinds map onto the reflect kinds Go's fmt sees: a List is a slice (or a chan), a
// Map a map with string keys, a Struct a struct or (StructType::pointer) a pointer to one, an
// Invalid value nested in a container a nil interface{}, a Nil a nil pointer. Values that Go
// prints as an address (pointers below the top level, chans, funcs, objects) print a fixed fake
// address, since there is none to print.
#include "hc/template/format.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "template/format_internal.h"
#include "template/format_printer.h"

namespace hc::tmpl {
namespace fmtimpl {
namespace {

constexpr uint64_t kFakeAddress = 0xc000010000;

bool isByteList(const Value& v) {
  if (v.kind() != Kind::List) return false;
  const auto& t = v.asList().type;
  return t == "[]uint8" || t == "[]byte";
}

std::string byteListBytes(const ListData& l) {
  std::string out;
  out.reserve(l.items.size());
  for (const auto& item : l.items) {
    uint64_t b = item.kind() == Kind::Uint  ? item.asUint()
                 : item.kind() == Kind::Int ? static_cast<uint64_t>(item.asInt())
                                            : 0;
    out.push_back(static_cast<char>(b & 0xFF));
  }
  return out;
}

/// Element type of a Go slice or map type ("[]string" -> "string",
/// "map[string]interface {}" -> "interface {}"): the static type of a nil element.
std::string elemType(const std::string& container) {
  if (container.compare(0, 2, "[]") == 0) return container.substr(2);
  if (container.compare(0, 4, "map[") == 0) {
    int depth = 0;
    for (size_t i = 3; i < container.size(); ++i) {
      if (container[i] == '[') ++depth;
      if (container[i] == ']' && --depth == 0) return container.substr(i + 1);
    }
  }
  return "interface {}";
}

/// A String() or Error() method of a struct or object (Go's Stringer and error interfaces).
struct TextMethod {
  const Method* method = nullptr;
  const char* name = "";
};

TextMethod textMethod(const Value& v) {
  for (const char* name : {"Error", "String"}) {
    const Method* m = nullptr;
    if (v.kind() == Kind::Struct)
      m = v.asStruct().type->method(name);
    else if (v.kind() == Kind::Object)
      m = v.asObject().method(name);
    if (m) return {m, name};
  }
  return {};
}

}  // namespace

/// A nil interface{}: the Invalid value, or Nil without a Go type.
bool isNilInterface(const Value& v) {
  return !v.valid() || (v.isNil() && v.goType() == "<nil>");
}

void Printer::doPrint(const std::vector<Value>& args) {
  bool prevString = false;
  for (size_t i = 0; i < args.size(); ++i) {
    bool isString = args[i].kind() == Kind::String;
    if (i > 0 && !isString && !prevString) buf_.push_back(' ');
    printArg(args[i], 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const std::vector<Value>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0) buf_.push_back(' ');
    printArg(args[i], 'v');
  }
  buf_.push_back('\n');
}

/// Prints a top-level operand (Go's printArg).
void Printer::printArg(const Value& v, char32_t verb) {
  if (isNilInterface(v)) {
    if (verb == 'T' || verb == 'v')
      fmt_.padString("<nil>");
    else
      badVerb(verb, nullptr);
    return;
  }
  if (verb == 'T') {
    fmt_.fmtS(v.goType());
    return;
  }
  if (verb == 'p') {
    fmtPointer(v, 'p');
    return;
  }
  // %w is only for fmt.Errorf: Go reports the whole operand as a bad verb, before it would
  // descend into a list's or map's elements.
  if (verb == 'w') {
    badVerb(verb, &v);
    return;
  }
  if (handleMethods(v, verb)) return;
  printValue(v, verb, 0);
}

/// text/template's printValue: a pointer to a struct prints what it points to, {...}.
void Printer::printIndirect(const Value& v) {
  if (v.kind() == Kind::Struct && v.asStruct().type->pointer) {
    if (!handleMethods(v, 'v')) printStruct(v, 'v', 0);
    return;
  }
  printArg(v, 'v');
}

void Printer::badVerb(char32_t verb, const Value* v) {
  erroring_ = true;
  writeMarker(verb, "(");
  if (v && !isNilInterface(*v)) {
    buf_ += v->goType();
    buf_.push_back('=');
    printArg(*v, 'v');
  } else {
    buf_ += "<nil>";
  }
  buf_.push_back(')');
  erroring_ = false;
}

/// A String() or Error() method supplies the text for the string verbs (Go's Stringer).
bool Printer::handleMethods(const Value& v, char32_t verb) {
  if (erroring_ || fmt_.f.sharpV) return false;
  if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return false;
  TextMethod tm = textMethod(v);
  if (!tm.method) return false;
  Value result;
  try {
    std::vector<Value> noArgs;
    result = (*tm.method)(v, noArgs);
  } catch (const std::exception& e) {
    FmtFlags old = fmt_.f;
    fmt_.clearFlags();
    writeMarker(verb, "(PANIC=");
    buf_ += tm.name;
    buf_ += " method: ";
    buf_ += e.what();
    buf_.push_back(')');
    fmt_.f = old;
    return true;
  }
  if (result.kind() != Kind::String) return false;
  fmtString(result, verb);
  return true;
}

void Printer::fmtBool(const Value& v, char32_t verb) {
  if (verb == 't' || verb == 'v')
    fmt_.fmtBoolean(v.asBool());
  else
    badVerb(verb, &v);
}

void Printer::fmt0x64(uint64_t u, bool leading0x) {
  bool sharp = fmt_.f.sharp;
  fmt_.f.sharp = leading0x;
  fmt_.fmtInteger(u, 16, false, 'v', false);
  fmt_.f.sharp = sharp;
}

void Printer::fmtInteger(uint64_t u, bool isSigned, char32_t verb, const Value* v) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV && !isSigned)
        fmt0x64(u, true);
      else
        fmt_.fmtInteger(u, 10, isSigned, verb, false);
      return;
    case 'd':
      fmt_.fmtInteger(u, 10, isSigned, verb, false);
      return;
    case 'b':
      fmt_.fmtInteger(u, 2, isSigned, verb, false);
      return;
    case 'o':
    case 'O':
      fmt_.fmtInteger(u, 8, isSigned, verb, false);
      return;
    case 'x':
      fmt_.fmtInteger(u, 16, isSigned, verb, false);
      return;
    case 'X':
      fmt_.fmtInteger(u, 16, isSigned, verb, true);
      return;
    case 'c':
      fmt_.fmtC(u);
      return;
    case 'q':
      fmt_.fmtQc(u);
      return;
    case 'U':
      fmt_.fmtUnicode(u);
      return;
    default:
      badVerb(verb, v);
  }
}

void Printer::fmtFloat(const Value& v, char32_t verb) {
  int size = v.numType() == NumType::Float32 ? 32 : 64;
  switch (verb) {
    case 'v':
      fmt_.fmtFloat(v.asFloat(), size, 'g', -1);
      return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
      fmt_.fmtFloat(v.asFloat(), size, static_cast<char>(verb), -1);
      return;
    case 'f':
    case 'e':
    case 'E':
      fmt_.fmtFloat(v.asFloat(), size, static_cast<char>(verb), 6);
      return;
    case 'F':
      fmt_.fmtFloat(v.asFloat(), size, 'f', 6);
      return;
    default:
      badVerb(verb, &v);
  }
}

/// Formats a string; false (nothing written) if the verb does not apply to strings.
bool Printer::fmtStringView(std::string_view s, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV)
        fmt_.fmtQ(s);
      else
        fmt_.fmtS(s);
      return true;
    case 's':
      fmt_.fmtS(s);
      return true;
    case 'x':
      fmt_.fmtSbx(s, false);
      return true;
    case 'X':
      fmt_.fmtSbx(s, true);
      return true;
    case 'q':
      fmt_.fmtQ(s);
      return true;
    default:
      return false;
  }
}

void Printer::fmtString(const Value& v, char32_t verb) {
  if (!fmtStringView(v.asString(), verb)) badVerb(verb, &v);
}

/// Pointer-like values (Go's fmtPointer): address 0 for nil, else the fake address.
void Printer::fmtPointer(const Value& v, char32_t verb) {
  switch (v.kind()) {
    case Kind::Nil:
    case Kind::List:
    case Kind::Map:
    case Kind::Object:
    case Kind::Func:
      break;
    case Kind::Struct:
      if (v.asStruct().type->pointer) break;
      [[fallthrough]];
    default:
      badVerb(verb, &v);
      return;
  }
  uint64_t u = v.isNil() ? 0 : kFakeAddress;
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) {
        buf_.push_back('(');
        buf_ += v.goType();
        buf_ += ")(";
        if (u == 0)
          buf_ += "nil";
        else
          fmt0x64(u, true);
        buf_.push_back(')');
      } else if (u == 0) {
        fmt_.padString("<nil>");
      } else {
        fmt0x64(u, !fmt_.f.sharp);
      }
      return;
    case 'p':
      fmt0x64(u, !fmt_.f.sharp);
      return;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
      fmtInteger(u, false, verb, &v);
      return;
    default:
      badVerb(verb, &v);
  }
}

/// %v and friends of a byte slice: the bytes as a string for s q x X, else the numbers.
void Printer::fmtBytes(const Value& v, char32_t verb, int depth) {
  const auto& l = v.asList();
  if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
    std::string bytes = byteListBytes(l);
    if (verb == 's')
      fmt_.fmtS(bytes);
    else
      fmtStringView(bytes, verb);
    return;
  }
  printList(v, verb, depth, depth == 0 ? "[]byte" : l.type);
}

void Printer::printList(const Value& v, char32_t verb, int depth, const std::string& type) {
  const auto& l = v.asList();
  if (fmt_.f.sharpV) {
    buf_ += type;
    buf_.push_back('{');
  } else {
    buf_.push_back('[');
  }
  for (size_t i = 0; i < l.items.size(); ++i) {
    if (i > 0) buf_ += fmt_.f.sharpV ? ", " : " ";
    printElem(l.items[i], verb, depth + 1, l.type);
  }
  buf_.push_back(fmt_.f.sharpV ? '}' : ']');
}

/// An element of a container: Invalid is a nil interface{} (of the container's element type).
void Printer::printElem(const Value& v, char32_t verb, int depth,
                        const std::string& containerType) {
  if (isNilInterface(v)) {
    if (fmt_.f.sharpV) {
      buf_ += elemType(containerType);
      buf_ += "(nil)";
    } else {
      buf_ += "<nil>";
    }
    return;
  }
  printValue(v, verb, depth);
}

void Printer::printMap(const Value& v, char32_t verb, int depth) {
  const auto& m = v.asMap();
  if (fmt_.f.sharpV) {
    buf_ += m.type;
    buf_.push_back('{');
  } else {
    buf_ += "map[";
  }
  for (size_t i = 0; i < m.entries.size(); ++i) {
    if (i > 0) buf_ += fmt_.f.sharpV ? ", " : " ";
    const auto& key = m.entries[i].first;
    if (!fmtStringView(key, verb)) {
      Value k = Value::string(key);
      badVerb(verb, &k);
    }
    buf_.push_back(':');
    printElem(m.entries[i].second, verb, depth + 1, m.type);
  }
  buf_.push_back(fmt_.f.sharpV ? '}' : ']');
}

void Printer::printStruct(const Value& v, char32_t verb, int depth) {
  const auto& s = v.asStruct();
  if (fmt_.f.sharpV) buf_ += s.type->name;
  buf_.push_back('{');
  for (size_t i = 0; i < s.fields.size(); ++i) {
    if (i > 0) buf_ += fmt_.f.sharpV ? ", " : " ";
    if ((fmt_.f.plusV || fmt_.f.sharpV) && i < s.type->fields.size()) {
      buf_ += s.type->fields[i];
      buf_.push_back(':');
    }
    printElem(s.fields[i], verb, depth + 1, "");
  }
  buf_.push_back('}');
}

/// Go's printValue: `depth` is 0 for a top-level operand.
void Printer::printValue(const Value& v, char32_t verb, int depth) {
  if (depth > 0 && handleMethods(v, verb)) return;
  switch (v.kind()) {
    case Kind::Invalid:
      if (depth == 0)
        buf_ += "<invalid reflect.Value>";
      else if (verb == 'v')
        buf_ += "<nil>";
      else
        badVerb(verb, nullptr);
      return;
    case Kind::Bool:
      fmtBool(v, verb);
      return;
    case Kind::Int:
      fmtInteger(static_cast<uint64_t>(v.asInt()), true, verb, &v);
      return;
    case Kind::Uint:
      fmtInteger(v.asUint(), false, verb, &v);
      return;
    case Kind::Float:
      fmtFloat(v, verb);
      return;
    case Kind::String:
      fmtString(v, verb);
      return;
    case Kind::Map:
      printMap(v, verb, depth);
      return;
    case Kind::List:
      if (v.asList().chan) break;
      if (isByteList(v))
        fmtBytes(v, verb, depth);
      else
        printList(v, verb, depth, v.asList().type);
      return;
    case Kind::Struct:
      if (!v.asStruct().type->pointer) {
        printStruct(v, verb, depth);
        return;
      }
      if (depth == 0) {  // a pointer to a struct prints as &{...} at the top level only
        buf_.push_back('&');
        printStruct(v, verb, depth + 1);
        return;
      }
      break;
    case Kind::Nil:
    case Kind::Object:
    case Kind::Func:
      break;
  }
  fmtPointer(v, verb);
}

void Printer::writeMarker(char32_t verb, const char* what) {
  buf_ += "%!";
  appendRune(buf_, verb);
  buf_ += what;
}

}  // namespace fmtimpl

using fmtimpl::Printer;

std::string goSprint(const std::vector<Value>& args) {
  Printer p;
  p.doPrint(args);
  return p.take();
}

std::string goSprintln(const std::vector<Value>& args) {
  Printer p;
  p.doPrintln(args);
  return p.take();
}

std::string goSprintf(const std::string& format, const std::vector<Value>& args) {
  Printer p;
  p.doPrintf(format, args);
  return p.take();
}

std::string printValue(const Value& v) {
  if (!v.valid()) return "<no value>";
  if (v.kind() == Kind::String) return v.asString();  // the common case, printed as is
  Printer p;
  p.printIndirect(v);
  return p.take();
}

std::string goQuote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  fmtimpl::appendQuoted(out, s, false);
  return out;
}

}  // namespace hc::tmpl
