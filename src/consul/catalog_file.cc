#include "hc/consul/catalog_file.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>
#include <utility>

#include "consul_json.h"
#include "go_text.h"
#include "hc/consul/dependency.h"

namespace hc::consul {

namespace {

using json = nlohmann::json;
using detail::equalFoldAscii;
using detail::goQuote;

// A problem at a place in the document; the loader prefixes the source name.
struct PlaceError {
  std::string place;
  std::string message;
};

[[noreturn]] void fail(const std::string& place, std::string message) {
  throw PlaceError{place, std::move(message)};
}

[[noreturn]] void expected(const std::string& place, const char* what, const json& got) {
  fail(place, std::string("expected ") + what + ", got " + detail::jsonTypeName(got));
}

// Go's encoding/json leaves a field alone for null, so null reads as the zero value throughout.
std::string readString(const json& j, const std::string& place) {
  if (j.is_null()) return "";
  if (!j.is_string()) expected(place, "a string", j);
  return j.get<std::string>();
}

bool readBool(const json& j, const std::string& place) {
  if (j.is_null()) return false;
  if (!j.is_boolean()) expected(place, "a boolean", j);
  return j.get<bool>();
}

int64_t readInt(const json& j, const std::string& place, int64_t min, int64_t max) {
  if (j.is_null()) return 0;
  if (j.is_number_float()) fail(place, "expected an integer, got " + j.dump());
  if (!j.is_number()) expected(place, "an integer", j);
  if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(max))
    fail(place, "integer " + j.dump() + " out of range");
  int64_t v = j.get<int64_t>();
  if (v < min || v > max) fail(place, "integer " + j.dump() + " out of range");
  return v;
}

int readGoInt(const json& j, const std::string& place) {
  return static_cast<int>(
      readInt(j, place, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

std::string keyPlace(const std::string& place, const std::string& key) {
  return place + "[" + goQuote(key) + "]";
}

api::StringMap readStringMap(const json& j, const std::string& place) {
  api::StringMap m;
  if (j.is_null()) return m;
  if (!j.is_object()) expected(place, "an object", j);
  for (const auto& [k, v] : j.items()) m[k] = readString(v, keyPlace(place, k));
  return m;
}

std::vector<std::string> readStringList(const json& j, const std::string& place) {
  std::vector<std::string> out;
  if (j.is_null()) return out;
  if (!j.is_array()) expected(place, "an array", j);
  for (size_t i = 0; i < j.size(); ++i)
    out.push_back(readString(j[i], place + "[" + std::to_string(i) + "]"));
  return out;
}

// Duration fields take Go duration strings ("10s") or integer nanoseconds.
int64_t readDuration(const json& j, const std::string& place) {
  if (j.is_string()) {
    auto ns = detail::parseGoDuration(j.get<std::string>());
    if (!ns) fail(place, "invalid duration " + goQuote(j.get<std::string>()));
    return *ns;
  }
  if (j.is_null() || j.is_number_integer() || j.is_number_unsigned())
    return readInt(j, place, std::numeric_limits<int64_t>::min(),
                   std::numeric_limits<int64_t>::max());
  expected(place, "a duration", j);
}

// Visits the fields of object `j` as Go's encoding/json matches them: the exact name, else a
// case-insensitive one. Names in `ignored` are accepted and skipped; any other key is an error.
void readObject(const json& j, const std::string& place, std::initializer_list<const char*> known,
                std::initializer_list<const char*> ignored,
                const std::function<void(std::string_view field, const json& value,
                                         const std::string& fieldPlace)>& visit) {
  if (j.is_null()) return;
  if (!j.is_object()) expected(place, "an object", j);
  for (const auto& [key, value] : j.items()) {
    const char* match = nullptr;
    for (const char* k : known)
      if (key == k) match = k;
    for (const char* k : known)
      if (!match && equalFoldAscii(key, k)) match = k;
    std::string fieldPlace = place.empty() ? key : place + "." + (match ? match : key);
    if (match) {
      visit(match, value, fieldPlace);
      continue;
    }
    bool skip = std::any_of(ignored.begin(), ignored.end(),
                            [&](const char* k) { return equalFoldAscii(key, k); });
    if (!skip) fail(place.empty() ? "top level" : place, "unknown field " + goQuote(key));
  }
}

api::HealthCheckDefinition readDefinition(const json& j, const std::string& place) {
  api::HealthCheckDefinition d;
  readObject(
      j, place,
      {"HTTP", "Header", "Method", "Body", "TLSServerName", "TLSSkipVerify", "TCP", "UDP", "GRPC",
       "OSService", "GRPCUseTLS", "Interval", "Timeout", "DeregisterCriticalServiceAfter"},
      {"IntervalDuration", "TimeoutDuration", "DeregisterCriticalServiceAfterDuration", "H2PING",
       "H2PingUseTLS", "ScriptArgs", "DockerContainerID", "Shell", "OutputMaxSize"},
      [&](std::string_view f, const json& v, const std::string& p) {
        if (f == "HTTP")
          d.http = readString(v, p);
        else if (f == "Header") {
          if (v.is_null()) return;
          if (!v.is_object()) expected(p, "an object", v);
          for (const auto& [k, vals] : v.items())
            d.header[k] = readStringList(vals, keyPlace(p, k));
        } else if (f == "Method")
          d.method = readString(v, p);
        else if (f == "Body")
          d.body = readString(v, p);
        else if (f == "TLSServerName")
          d.tlsServerName = readString(v, p);
        else if (f == "TLSSkipVerify")
          d.tlsSkipVerify = readBool(v, p);
        else if (f == "TCP")
          d.tcp = readString(v, p);
        else if (f == "UDP")
          d.udp = readString(v, p);
        else if (f == "GRPC")
          d.grpc = readString(v, p);
        else if (f == "OSService")
          d.osService = readString(v, p);
        else if (f == "GRPCUseTLS")
          d.grpcUseTLS = readBool(v, p);
        else if (f == "Interval")
          d.interval = readDuration(v, p);
        else if (f == "Timeout")
          d.timeout = readDuration(v, p);
        else if (f == "DeregisterCriticalServiceAfter")
          d.deregisterCriticalServiceAfter = readDuration(v, p);
      });
  return d;
}

api::HealthCheck readCheck(const json& j, const std::string& place) {
  if (!j.is_object()) expected(place, "an object", j);
  api::HealthCheck c;
  readObject(j, place,
             {"Node", "CheckID", "Name", "Status", "Notes", "Output", "ServiceID", "Type",
              "ExposedPort", "Definition"},
             {"ServiceName", "ServiceTags", "Namespace", "Partition", "PeerName", "Interval",
              "Timeout", "CreateIndex", "ModifyIndex", "RaftIndex", "EnterpriseMeta"},
             [&](std::string_view f, const json& v, const std::string& p) {
               if (f == "Node")
                 c.node = readString(v, p);
               else if (f == "CheckID")
                 c.checkID = readString(v, p);
               else if (f == "Name")
                 c.name = readString(v, p);
               else if (f == "Status") {
                 c.status = readString(v, p);
                 if (!c.status.empty() && c.status != kHealthPassing &&
                     c.status != kHealthWarning && c.status != kHealthCritical)
                   fail(p, "Invalid check status " + goQuote(c.status) +
                               ": want passing, warning or critical");
               } else if (f == "Notes")
                 c.notes = readString(v, p);
               else if (f == "Output")
                 c.output = readString(v, p);
               else if (f == "ServiceID")
                 c.serviceID = readString(v, p);
               else if (f == "Type")
                 c.type = readString(v, p);
               else if (f == "ExposedPort")
                 c.exposedPort = readGoInt(v, p);
               else if (f == "Definition")
                 c.definition = readDefinition(v, p);
             });
  return c;
}

api::AgentService readService(const json& j, const std::string& place) {
  if (!j.is_object()) expected(place, "an object", j);
  api::AgentService s;
  readObject(j, place,
             {"ID", "Service", "Tags", "Address", "TaggedAddresses", "Meta", "Port", "Weights",
              "EnableTagOverride", "Kind"},
             {"Proxy", "Connect", "SocketPath", "Namespace", "Partition", "PeerName", "Locality",
              "CreateIndex", "ModifyIndex", "ContentHash", "Datacenter",
              "LocallyRegisteredAsSidecar", "EnterpriseMeta", "RaftIndex"},
             [&](std::string_view f, const json& v, const std::string& p) {
               if (f == "ID")
                 s.id = readString(v, p);
               else if (f == "Service")
                 s.service = readString(v, p);
               else if (f == "Tags")
                 s.tags = readStringList(v, p);
               else if (f == "Address")
                 s.address = readString(v, p);
               else if (f == "Meta")
                 s.meta = readStringMap(v, p);
               else if (f == "Port")
                 s.port = readGoInt(v, p);
               else if (f == "EnableTagOverride")
                 s.enableTagOverride = readBool(v, p);
               else if (f == "Kind")
                 s.kind = readString(v, p);
               else if (f == "Weights") {
                 // Consul defaults only an absent Weights to {1, 1}; a given one starts at 0.
                 if (!v.is_null()) s.weights = api::AgentWeights{0, 0};
                 readObject(v, p, {"Passing", "Warning"}, {},
                            [&](std::string_view w, const json& n, const std::string& wp) {
                              (w == "Passing" ? s.weights.passing : s.weights.warning) =
                                  readGoInt(n, wp);
                            });
               } else if (f == "TaggedAddresses") {
                 if (v.is_null()) return;
                 if (!v.is_object()) expected(p, "an object", v);
                 for (const auto& [name, addr] : v.items()) {
                   api::ServiceAddress a;
                   std::string ap = keyPlace(p, name);
                   if (!addr.is_object()) expected(ap, "an object", addr);
                   readObject(addr, ap, {"Address", "Port"}, {},
                              [&](std::string_view af, const json& av, const std::string& avp) {
                                if (af == "Address")
                                  a.address = readString(av, avp);
                                else
                                  a.port = readGoInt(av, avp);
                              });
                   s.taggedAddresses[name] = a;
                 }
               }
             });
  return s;
}

CatalogRegistration readRegistration(const json& j, const std::string& place) {
  if (!j.is_object()) expected(place, "an object", j);
  CatalogRegistration r;
  std::optional<api::HealthCheck> single;
  readObject(j, place,
             {"ID", "Node", "Address", "Datacenter", "TaggedAddresses", "NodeMeta", "Service",
              "Check", "Checks", "SkipNodeUpdate"},
             {"Namespace", "Partition", "PeerName", "Locality", "EnterpriseMeta", "Token"},
             [&](std::string_view f, const json& v, const std::string& p) {
               if (f == "ID")
                 r.id = readString(v, p);
               else if (f == "Node")
                 r.node = readString(v, p);
               else if (f == "Address")
                 r.address = readString(v, p);
               else if (f == "Datacenter")
                 r.datacenter = readString(v, p);
               else if (f == "TaggedAddresses")
                 r.taggedAddresses = readStringMap(v, p);
               else if (f == "NodeMeta")
                 r.nodeMeta = readStringMap(v, p);
               else if (f == "SkipNodeUpdate")
                 r.skipNodeUpdate = readBool(v, p);
               else if (f == "Service") {
                 if (!v.is_null()) r.service = readService(v, p);
               } else if (f == "Check") {
                 if (!v.is_null()) single = readCheck(v, p);
               } else if (f == "Checks") {
                 if (v.is_null()) return;
                 if (!v.is_array()) expected(p, "an array", v);
                 for (size_t i = 0; i < v.size(); ++i)
                   r.checks.push_back(readCheck(v[i], p + "[" + std::to_string(i) + "]"));
               }
             });
  if (single) r.checks.push_back(*single);  // Consul appends Check to Checks
  return r;
}

// "[json.exception.parse_error.101] parse error at line 3, column 14: syntax error ..." =>
// "syntax error ...".
std::string parseErrorReason(const std::string& what) {
  size_t at = what.find("column ");
  size_t colon = at == std::string::npos ? std::string::npos : what.find(": ", at);
  if (colon != std::string::npos) return what.substr(colon + 2);
  size_t close = what.find("] ");
  return close == std::string::npos ? what : what.substr(close + 2);
}

std::shared_ptr<Catalog> build(const json& doc) {
  if (!doc.is_object())
    fail("top level", std::string("expected an object, got ") + detail::jsonTypeName(doc));
  std::string datacenter = "dc1";
  std::optional<std::string> agentNode;
  const json* registrations = nullptr;
  const json* kv = nullptr;
  readObject(doc, "", {"datacenter", "node", "registrations", "kv"}, {},
             [&](std::string_view f, const json& v, const std::string& p) {
               if (f == "datacenter") {
                 datacenter = readString(v, p);
                 if (datacenter.empty()) fail(p, "must not be empty");
               } else if (f == "node") {
                 if (!v.is_null()) agentNode = readString(v, p);
               } else if (f == "registrations") {
                 registrations = &v;
               } else {
                 kv = &v;
               }
             });
  auto catalog = std::make_shared<Catalog>(datacenter);
  if (agentNode) catalog->setAgentNodeName(*agentNode);
  if (registrations && !registrations->is_null()) {
    if (!registrations->is_array()) expected("registrations", "an array", *registrations);
    for (size_t i = 0; i < registrations->size(); ++i) {
      std::string place = "registrations[" + std::to_string(i) + "]";
      CatalogRegistration r = readRegistration((*registrations)[i], place);
      try {
        catalog->registerEntity(std::move(r));
      } catch (const CatalogError& e) {
        fail(place, e.what());
      }
    }
  }
  if (kv && !kv->is_null()) {
    if (!kv->is_object()) expected("kv", "an object", *kv);
    for (const auto& [key, value] : kv->items()) {
      std::string place = keyPlace("kv", key);
      if (key.empty()) fail(place, "empty key");
      if (key[0] == '/') fail(place, "a key must not start with \"/\"");
      catalog->putKey(key, readString(value, place));
    }
  }
  return catalog;
}

}  // namespace

std::shared_ptr<Catalog> parseCatalogJson(const std::string& text, const std::string& sourceName) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte counts the bytes read, the offending one included.
    size_t pos = std::min<size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    size_t line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + pos, '\n'));
    size_t nl = pos == 0 ? std::string::npos : text.rfind('\n', pos - 1);
    size_t col = nl == std::string::npos ? pos + 1 : pos - nl;
    throw CatalogFileError(sourceName + ":" + std::to_string(line) + ":" + std::to_string(col) +
                           ": invalid JSON: " + parseErrorReason(e.what()));
  }
  try {
    return build(doc);
  } catch (const PlaceError& e) {
    throw CatalogFileError(sourceName + ": " + e.place + ": " + e.message);
  }
}

std::shared_ptr<Catalog> loadCatalogFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CatalogFileError(path + ": cannot read: " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw CatalogFileError(path + ": cannot read: " + std::strerror(errno));
  return parseCatalogJson(text.str(), path);
}

}  // namespace hc::consul
