// consul-template's Scratch (template/scratch.go): a per-execution key/value pad with methods
// Key, Get, Set, SetX, MapSet, MapSetX and MapValues, locked like Go's (an RWMutex there).
//
// Go's Get hands out the live map that later MapSet calls keep changing; here Get returns the
// map as it is at the time of the call (Values are immutable).
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "funcs_internal.h"

namespace hc::tmpl::funcs {

namespace {

// One scratch value: a plain Value, or a map built by MapSet (kept mutable, as Go's map is).
struct Entry {
  Value value;
  bool isMap = false;
  std::map<std::string, Value> map;

  Value get() const {
    if (!isMap) return value;
    std::vector<std::pair<std::string, Value>> entries(map.begin(), map.end());
    return Value::map(std::move(entries), "map[string]interface {}");
  }
};

class Scratch : public Object {
 public:
  Scratch() {
    add("Key", 1, [](Scratch& s, std::vector<Value>& a) {
      std::lock_guard<std::mutex> lock(s.mu_);
      return Value::boolean(s.values_.count(argString(a, 0)) > 0);
    });
    add("Get", 1, [](Scratch& s, std::vector<Value>& a) {
      std::lock_guard<std::mutex> lock(s.mu_);
      auto it = s.values_.find(argString(a, 0));
      return it == s.values_.end() ? Value() : it->second.get();
    });
    add("Set", 2, [](Scratch& s, std::vector<Value>& a) {
      std::lock_guard<std::mutex> lock(s.mu_);
      s.values_[argString(a, 0)] = Entry{a[1], false, {}};
      return Value::string("");
    });
    add("SetX", 2, [](Scratch& s, std::vector<Value>& a) {
      std::lock_guard<std::mutex> lock(s.mu_);
      s.values_.try_emplace(argString(a, 0), Entry{a[1], false, {}});
      return Value::string("");
    });
    add("MapSet", 3, [](Scratch& s, std::vector<Value>& a) { return s.mapSet(a, true); });
    add("MapSetX", 3, [](Scratch& s, std::vector<Value>& a) { return s.mapSet(a, false); });
    add("MapValues", 1, [](Scratch& s, std::vector<Value>& a) {
      std::lock_guard<std::mutex> lock(s.mu_);
      std::vector<Value> out;
      auto it = s.values_.find(argString(a, 0));
      if (it != s.values_.end()) {
        Entry& e = it->second;
        if (e.isMap) {
          for (const auto& kv : e.map) out.push_back(kv.second);
        } else if (e.value.kind() == Kind::Map && e.value.goType() == "map[string]interface {}") {
          for (const auto& kv : e.value.asMap().entries) out.push_back(kv.second);
        }
      }
      return Value::list(std::move(out), "[]interface {}");
    });
  }

  std::string goType() const override { return "*template.Scratch"; }

  const Method* method(std::string_view name) const override {
    auto it = methods_.find(std::string(name));
    return it == methods_.end() ? nullptr : &it->second;
  }

 private:
  using Impl = Value (*)(Scratch&, std::vector<Value>&);

  // Go's text/template checks the argument count and the string parameters before the call.
  void add(const std::string& name, size_t want, Impl impl) {
    methods_[name] = [name, want, impl](const Value& self, std::vector<Value>& args) {
      if (args.size() != want)
        throw FuncError("wrong number of args for " + name + ": want " + std::to_string(want) +
                        " got " + std::to_string(args.size()));
      return impl(static_cast<Scratch&>(self.asObject()), args);
    };
  }

  Value mapSet(std::vector<Value>& a, bool overwrite) {
    std::lock_guard<std::mutex> lock(mu_);
    const std::string& k = argString(a, 0);
    const std::string& mk = argString(a, 1);
    auto it = values_.find(k);
    if (it == values_.end()) it = values_.emplace(k, Entry{Value(), true, {}}).first;  // New map.
    Entry& e = it->second;
    if (!e.isMap) {
      // A map[string]interface{} stored by Set is extended in place in Go.
      if (e.value.kind() != Kind::Map || e.value.goType() != "map[string]interface {}")
        throw FuncError(quote(k) + " is not a map");
      for (const auto& [key, v] : e.value.asMap().entries) e.map[key] = v;
      e.value = Value();
      e.isMap = true;
    }
    if (overwrite || e.map.count(mk) == 0) e.map[mk] = a[2];
    return Value::string("");
  }

  std::mutex mu_;
  std::map<std::string, Entry> values_;
  std::map<std::string, Method> methods_;
};

}  // namespace

Value newScratch() {
  return Value::object(std::make_shared<Scratch>());
}

}  // namespace hc::tmpl::funcs
