// cpprender: the hc::template side of the differential conformance test. Reads the same JSON-lines
// case file as gorender.go and prints the same framed output, so run.py can compare the two byte
// for byte.
//
// Input, one JSON object per line:
//   {"name", "tmpl", "data", "missingkey", "tname", "exec", "ldelim", "rdelim"} (see gorender.go)
// Output, per case:
//   ### <name>\n
//   OK <byte count>\n<rendered bytes>\n     or     ERR <byte count>\n<error text>\n
//
// The JSON data becomes Values typed exactly as Go's encoding/json decodes into interface{}:
// objects are "map[string]interface {}" (zero value Invalid), arrays "[]interface {}", numbers
// float64, null a nil interface (Invalid).
//
// Output is flushed after every case so that a crash is charged to the right case by run.py.
//
// Usage: cpprender CASES.jsonl > OUT
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "hc/template/template.h"
#include "hc/template/value.h"

namespace {

using hc::tmpl::Value;
using nlohmann::json;

Value toValue(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return Value();
    case json::value_t::boolean:
      return Value::boolean(j.get<bool>());
    case json::value_t::number_integer:
      return Value::floating(static_cast<double>(j.get<int64_t>()));
    case json::value_t::number_unsigned:
      return Value::floating(static_cast<double>(j.get<uint64_t>()));
    case json::value_t::number_float:
      return Value::floating(j.get<double>());
    case json::value_t::string:
      return Value::string(j.get<std::string>());
    case json::value_t::array: {
      std::vector<Value> items;
      items.reserve(j.size());
      for (const auto& e : j) items.push_back(toValue(e));
      return Value::list(std::move(items), "[]interface {}");
    }
    case json::value_t::object: {
      std::vector<std::pair<std::string, Value>> entries;
      entries.reserve(j.size());
      for (auto it = j.begin(); it != j.end(); ++it) entries.emplace_back(it.key(), toValue(*it));
      return Value::map(std::move(entries), "map[string]interface {}", Value());
    }
    default:
      return Value();
  }
}

std::string str(const json& c, const char* key) {
  auto it = c.find(key);
  if (it == c.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

/// Renders one case: {isError, text}.
std::pair<bool, std::string> render(const json& c) {
  using namespace hc::tmpl;
  Value data;
  if (auto it = c.find("data"); it != c.end()) data = toValue(*it);

  std::string name = str(c, "tname");
  if (name.empty()) name = "t";

  ExecOptions exec;
  const std::string mk = str(c, "missingkey");
  if (mk == "zero") {
    exec.missingKey = MissingKey::Zero;
  } else if (mk == "error") {
    exec.missingKey = MissingKey::Error;
  } else if (!mk.empty() && mk != "default" && mk != "invalid") {
    return {true, "BADCASE: unknown missingkey " + mk};
  }

  ParseOptions popts;
  popts.leftDelim = str(c, "ldelim");
  popts.rightDelim = str(c, "rdelim");
  if (popts.leftDelim.empty()) popts.leftDelim = "{{";
  if (popts.rightDelim.empty()) popts.rightDelim = "}}";

  const FuncMap funcs;  // builtins only, as gorender
  try {
    auto t = Template::parse(name, str(c, "tmpl"), funcs, popts);
    const std::string execName = str(c, "exec");
    std::string out = execName.empty() ? t->execute(data, funcs, exec)
                                       : t->executeNamed(execName, data, funcs, exec);
    return {false, std::move(out)};
  } catch (const TemplateError& e) {
    // what() is a C string: a NUL byte in the message (from data quoted into it) ends it early.
    // The detail keeps every byte, and the message ends with the detail, so rebuild it.
    std::string msg = e.what();
    const std::string& detail = e.detail();
    const size_t nul = detail.find('\0');
    if (nul != std::string::npos && msg.size() >= nul &&
        msg.compare(msg.size() - nul, nul, detail, 0, nul) == 0) {
      msg = msg.substr(0, msg.size() - nul) + detail;
    }
    return {true, msg};
  } catch (const std::exception& e) {
    return {true, std::string("UNEXPECTED EXCEPTION: ") + e.what()};
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: cpprender CASES.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cannot open " << argv[1] << "\n";
    return 1;
  }
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json c;
    try {
      c = json::parse(line);
    } catch (const json::exception& e) {
      std::cerr << argv[1] << ":" << lineNo << ": " << e.what() << "\n";
      return 1;
    }
    auto [isErr, text] = render(c);
    std::string frame = "### " + str(c, "name") + "\n" + (isErr ? "ERR " : "OK ") +
                        std::to_string(text.size()) + "\n" + text + "\n";
    std::fwrite(frame.data(), 1, frame.size(), stdout);
    std::fflush(stdout);
  }
  return 0;
}
