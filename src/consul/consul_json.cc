#include "consul_json.h"

#include <limits>
#include <nlohmann/json.hpp>

#include "go_text.h"
#include "hc/consul/consul_endpoints.h"

namespace hc::consul::detail {

namespace {

using json = nlohmann::json;

// Where a value sits in the document: a chain of frames on the stack, spelled out
// ("[2].Service.Port") only when something there fails to decode.
struct Place {
  enum class Kind { Root, Field, Index, Key };
  Kind kind = Kind::Root;
  const Place* parent = nullptr;
  std::string_view name;
  size_t idx = 0;

  Place field(std::string_view n) const { return Place{Kind::Field, this, n, 0}; }
  Place at(size_t i) const { return Place{Kind::Index, this, {}, i}; }
  Place key(std::string_view k) const { return Place{Kind::Key, this, k, 0}; }

  std::string str() const {
    std::string out = parent ? parent->str() : "";
    switch (kind) {
      case Kind::Root:
        break;
      case Kind::Field:
        if (!out.empty()) out += ".";
        out += name;
        break;
      case Kind::Index:
        out += "[" + std::to_string(idx) + "]";
        break;
      case Kind::Key:
        out += "[" + goQuote(std::string(name)) + "]";
        break;
    }
    return out;
  }
};

// A decoding failure at a place in the document; the entry points add the endpoint and turn
// it into ConsulError(Malformed).
struct PlaceError {
  std::string place;
  std::string message;
};

[[noreturn]] void fail(const Place& place, std::string message) {
  std::string where = place.str();
  throw PlaceError{where.empty() ? "top level" : where, std::move(message)};
}

[[noreturn]] void expected(const Place& place, const char* what, const json& got) {
  fail(place, std::string("expected ") + what + ", got " + jsonTypeName(got));
}

// Go's encoding/json leaves a field alone for null, so null reads as the zero value.
std::string readString(const json& j, const Place& place) {
  if (j.is_null()) return "";
  if (!j.is_string()) expected(place, "a string", j);
  return j.get<std::string>();
}

bool readBool(const json& j, const Place& place) {
  if (j.is_null()) return false;
  if (!j.is_boolean()) expected(place, "a boolean", j);
  return j.get<bool>();
}

int64_t readInt(const json& j, const Place& place) {
  if (j.is_null()) return 0;
  if (j.is_number_unsigned()) {
    if (j.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      fail(place, "number " + j.dump() + " out of range");
    return static_cast<int64_t>(j.get<uint64_t>());
  }
  if (!j.is_number_integer()) expected(place, "an integer", j);
  return j.get<int64_t>();
}

int readGoInt(const json& j, const Place& place) {
  int64_t v = readInt(j, place);
  if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
    fail(place, "number " + j.dump() + " out of range");
  return static_cast<int>(v);
}

uint64_t readUint(const json& j, const Place& place) {
  if (j.is_null()) return 0;
  if (!j.is_number_unsigned()) expected(place, "an unsigned integer", j);
  return j.get<uint64_t>();
}

// Durations of a check definition: Go duration strings ("10s", as Consul sends them) or
// nanoseconds, as api.ReadableDuration accepts both.
int64_t readDuration(const json& j, const Place& place) {
  if (j.is_string()) {
    std::optional<int64_t> ns = parseGoDuration(j.get<std::string>());
    if (!ns) fail(place, "invalid duration " + goQuote(j.get<std::string>()));
    return *ns;
  }
  return readInt(j, place);
}

std::vector<std::string> readStringList(const json& j, const Place& place) {
  std::vector<std::string> out;
  if (j.is_null()) return out;
  if (!j.is_array()) expected(place, "an array", j);
  out.reserve(j.size());
  for (size_t i = 0; i < j.size(); ++i) out.push_back(readString(j[i], place.at(i)));
  return out;
}

api::StringMap readStringMap(const json& j, const Place& place) {
  api::StringMap m;
  if (j.is_null()) return m;
  if (!j.is_object()) expected(place, "an object", j);
  for (const auto& [k, v] : j.items()) m[k] = readString(v, place.key(k));
  return m;
}

// Calls visit(name, value) for every member of object `j`; the visitor matches names
// case-insensitively (is()), as encoding/json does, and ignores the ones it does not know.
template <class Visit>
void forEachField(const json& j, const Place& place, Visit&& visit) {
  if (j.is_null()) return;
  if (!j.is_object()) expected(place, "an object", j);
  for (const auto& [k, v] : j.items()) visit(std::string_view(k), v);
}

bool is(std::string_view k, std::string_view name) {
  return equalFoldAscii(k, name);
}

api::HealthCheckDefinition readDefinition(const json& j, const Place& place) {
  api::HealthCheckDefinition d;
  forEachField(j, place, [&](std::string_view k, const json& v) {
    const Place p = place.field(k);
    if (is(k, "HTTP")) {
      d.http = readString(v, p);
    } else if (is(k, "Header")) {
      forEachField(v, p, [&](std::string_view h, const json& values) {
        d.header[std::string(h)] = readStringList(values, p.key(h));
      });
    } else if (is(k, "Method")) {
      d.method = readString(v, p);
    } else if (is(k, "Body")) {
      d.body = readString(v, p);
    } else if (is(k, "TLSServerName")) {
      d.tlsServerName = readString(v, p);
    } else if (is(k, "TLSSkipVerify")) {
      d.tlsSkipVerify = readBool(v, p);
    } else if (is(k, "TCP")) {
      d.tcp = readString(v, p);
    } else if (is(k, "UDP")) {
      d.udp = readString(v, p);
    } else if (is(k, "GRPC")) {
      d.grpc = readString(v, p);
    } else if (is(k, "OSService")) {
      d.osService = readString(v, p);
    } else if (is(k, "GRPCUseTLS")) {
      d.grpcUseTLS = readBool(v, p);
    } else if (is(k, "Interval")) {
      d.interval = readDuration(v, p);
    } else if (is(k, "Timeout")) {
      d.timeout = readDuration(v, p);
    } else if (is(k, "DeregisterCriticalServiceAfter")) {
      d.deregisterCriticalServiceAfter = readDuration(v, p);
    }
  });
  return d;
}

api::HealthCheck readCheck(const json& j, const Place& place) {
  api::HealthCheck c;
  forEachField(j, place, [&](std::string_view k, const json& v) {
    const Place p = place.field(k);
    if (is(k, "Node")) {
      c.node = readString(v, p);
    } else if (is(k, "CheckID")) {
      c.checkID = readString(v, p);
    } else if (is(k, "Name")) {
      c.name = readString(v, p);
    } else if (is(k, "Status")) {
      c.status = readString(v, p);
    } else if (is(k, "Notes")) {
      c.notes = readString(v, p);
    } else if (is(k, "Output")) {
      c.output = readString(v, p);
    } else if (is(k, "ServiceID")) {
      c.serviceID = readString(v, p);
    } else if (is(k, "ServiceName")) {
      c.serviceName = readString(v, p);
    } else if (is(k, "ServiceTags")) {
      c.serviceTags = readStringList(v, p);
    } else if (is(k, "Type")) {
      c.type = readString(v, p);
    } else if (is(k, "Namespace")) {
      c.nameSpace = readString(v, p);
    } else if (is(k, "Partition")) {
      c.partition = readString(v, p);
    } else if (is(k, "ExposedPort")) {
      c.exposedPort = readGoInt(v, p);
    } else if (is(k, "PeerName")) {
      c.peerName = readString(v, p);
    } else if (is(k, "Definition")) {
      c.definition = readDefinition(v, p);
    } else if (is(k, "CreateIndex")) {
      c.createIndex = readUint(v, p);
    } else if (is(k, "ModifyIndex")) {
      c.modifyIndex = readUint(v, p);
    }
  });
  return c;
}

std::vector<api::HealthCheck> readChecks(const json& j, const Place& place) {
  std::vector<api::HealthCheck> out;
  if (j.is_null()) return out;
  if (!j.is_array()) expected(place, "an array", j);
  out.reserve(j.size());
  for (size_t i = 0; i < j.size(); ++i) out.push_back(readCheck(j[i], place.at(i)));
  return out;
}

api::Node readNode(const json& j, const Place& place) {
  api::Node n;
  forEachField(j, place, [&](std::string_view k, const json& v) {
    const Place p = place.field(k);
    if (is(k, "ID")) {
      n.id = readString(v, p);
    } else if (is(k, "Node")) {
      n.node = readString(v, p);
    } else if (is(k, "Address")) {
      n.address = readString(v, p);
    } else if (is(k, "Datacenter")) {
      n.datacenter = readString(v, p);
    } else if (is(k, "TaggedAddresses")) {
      n.taggedAddresses = readStringMap(v, p);
    } else if (is(k, "Meta")) {
      n.meta = readStringMap(v, p);
    } else if (is(k, "CreateIndex")) {
      n.createIndex = readUint(v, p);
    } else if (is(k, "ModifyIndex")) {
      n.modifyIndex = readUint(v, p);
    }
  });
  return n;
}

api::ServiceAddress readServiceAddress(const json& j, const Place& place) {
  api::ServiceAddress a;
  forEachField(j, place, [&](std::string_view k, const json& v) {
    if (is(k, "Address"))
      a.address = readString(v, place.field(k));
    else if (is(k, "Port"))
      a.port = readGoInt(v, place.field(k));
  });
  return a;
}

api::AgentService readService(const json& j, const Place& place) {
  api::AgentService s;
  // api.AgentService.Weights is a plain struct: absent means {0, 0} to the Go client.
  s.weights = api::AgentWeights{0, 0};
  forEachField(j, place, [&](std::string_view k, const json& v) {
    const Place p = place.field(k);
    if (is(k, "Kind")) {
      s.kind = readString(v, p);
    } else if (is(k, "ID")) {
      s.id = readString(v, p);
    } else if (is(k, "Service")) {
      s.service = readString(v, p);
    } else if (is(k, "Tags")) {
      s.tags = readStringList(v, p);
    } else if (is(k, "Meta")) {
      s.meta = readStringMap(v, p);
    } else if (is(k, "Port")) {
      s.port = readGoInt(v, p);
    } else if (is(k, "Address")) {
      s.address = readString(v, p);
    } else if (is(k, "TaggedAddresses")) {
      forEachField(v, p, [&](std::string_view name, const json& a) {
        s.taggedAddresses[std::string(name)] = readServiceAddress(a, p.key(name));
      });
    } else if (is(k, "Weights")) {
      forEachField(v, p, [&](std::string_view w, const json& n) {
        if (is(w, "Passing"))
          s.weights.passing = readGoInt(n, p.field(w));
        else if (is(w, "Warning"))
          s.weights.warning = readGoInt(n, p.field(w));
      });
    } else if (is(k, "EnableTagOverride")) {
      s.enableTagOverride = readBool(v, p);
    } else if (is(k, "CreateIndex")) {
      s.createIndex = readUint(v, p);
    } else if (is(k, "ModifyIndex")) {
      s.modifyIndex = readUint(v, p);
    }
  });
  return s;
}

api::KVPair readKVPair(const json& j, const Place& place) {
  api::KVPair kv;
  forEachField(j, place, [&](std::string_view k, const json& v) {
    const Place p = place.field(k);
    if (is(k, "Key")) {
      kv.key = readString(v, p);
    } else if (is(k, "CreateIndex")) {
      kv.createIndex = readUint(v, p);
    } else if (is(k, "ModifyIndex")) {
      kv.modifyIndex = readUint(v, p);
    } else if (is(k, "LockIndex")) {
      kv.lockIndex = readUint(v, p);
    } else if (is(k, "Flags")) {
      kv.flags = readUint(v, p);
    } else if (is(k, "Value")) {
      std::string encoded = readString(v, p);
      std::optional<std::string> raw = decodeBase64(encoded);
      if (!raw) fail(p, "invalid base64 value");
      kv.value = std::move(*raw);
    } else if (is(k, "Session")) {
      kv.session = readString(v, p);
    }
  });
  return kv;
}

template <class T, class Read>
std::vector<T> readArray(const json& j, const Place& place, Read&& read) {
  std::vector<T> out;
  if (j.is_null()) return out;
  if (!j.is_array()) expected(place, "an array", j);
  out.reserve(j.size());
  for (size_t i = 0; i < j.size(); ++i) out.push_back(read(j[i], place.at(i)));
  return out;
}

// Parses `body` and runs `decode` on it, turning any failure into ConsulError(Malformed).
template <class Decode>
auto decodeBody(std::string_view body, const std::string& endpoint, Decode&& decode) {
  try {
    json j = json::parse(body.begin(), body.end());
    return decode(j);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at ...".
    if (size_t at = what.find("] "); at != std::string::npos) what = what.substr(at + 2);
    throw ConsulError("malformed response from " + endpoint + ": " + what,
                      ConsulErrorKind::Malformed);
  } catch (const PlaceError& e) {
    throw ConsulError("malformed response from " + endpoint + ": " + e.place + ": " + e.message,
                      ConsulErrorKind::Malformed);
  }
}

}  // namespace

std::vector<api::ServiceEntry> decodeServiceEntries(std::string_view body,
                                                    const std::string& endpoint) {
  return decodeBody(body, endpoint, [](const json& j) {
    return readArray<api::ServiceEntry>(j, Place{}, [](const json& e, const Place& place) {
      api::ServiceEntry entry;
      forEachField(e, place, [&](std::string_view k, const json& v) {
        if (is(k, "Node"))
          entry.node = readNode(v, place.field(k));
        else if (is(k, "Service"))
          entry.service = readService(v, place.field(k));
        else if (is(k, "Checks"))
          entry.checks = readChecks(v, place.field(k));
      });
      return entry;
    });
  });
}

std::vector<api::HealthCheck> decodeHealthChecks(std::string_view body,
                                                 const std::string& endpoint) {
  return decodeBody(body, endpoint, [](const json& j) {
    return readArray<api::HealthCheck>(j, Place{}, readCheck);
  });
}

std::map<std::string, std::vector<std::string>> decodeServiceTags(std::string_view body,
                                                                  const std::string& endpoint) {
  return decodeBody(body, endpoint, [](const json& j) {
    std::map<std::string, std::vector<std::string>> out;
    forEachField(j, Place{}, [&](std::string_view name, const json& tags) {
      out[std::string(name)] = readStringList(tags, Place{}.key(name));
    });
    return out;
  });
}

std::vector<api::Node> decodeNodes(std::string_view body, const std::string& endpoint) {
  return decodeBody(body, endpoint,
                    [](const json& j) { return readArray<api::Node>(j, Place{}, readNode); });
}

std::optional<api::CatalogNode> decodeCatalogNode(std::string_view body,
                                                  const std::string& endpoint) {
  return decodeBody(body, endpoint, [](const json& j) -> std::optional<api::CatalogNode> {
    if (j.is_null()) return std::nullopt;
    api::CatalogNode n;
    const Place root;
    forEachField(j, root, [&](std::string_view k, const json& v) {
      const Place p = root.field(k);
      if (is(k, "Node")) {
        n.node = readNode(v, p);
      } else if (is(k, "Services")) {
        forEachField(v, p, [&](std::string_view id, const json& s) {
          n.services[std::string(id)] = readService(s, p.key(id));
        });
      }
    });
    return n;
  });
}

std::vector<api::KVPair> decodeKVPairs(std::string_view body, const std::string& endpoint) {
  return decodeBody(body, endpoint,
                    [](const json& j) { return readArray<api::KVPair>(j, Place{}, readKVPair); });
}

std::vector<std::string> decodeStrings(std::string_view body, const std::string& endpoint) {
  return decodeBody(body, endpoint, [](const json& j) {
    if (!j.is_null() && !j.is_array()) expected(Place{}, "an array", j);
    return readStringList(j, Place{});
  });
}

std::string decodeAgentNodeName(std::string_view body, const std::string& endpoint) {
  return decodeBody(body, endpoint, [](const json& j) {
    std::string name;
    const Place root;
    forEachField(j, root, [&](std::string_view k, const json& config) {
      if (!is(k, "Config")) return;
      const Place p = root.field(k);
      forEachField(config, p, [&](std::string_view f, const json& v) {
        if (is(f, "NodeName")) name = readString(v, p.field(f));
      });
    });
    if (name.empty()) fail(root.field("Config").field("NodeName"), "missing");
    return name;
  });
}

std::optional<std::string> decodeBase64(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '\r' && c != '\n') clean.push_back(c);
  if (clean.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(clean.size() / 4 * 3);
  for (size_t i = 0; i < clean.size(); i += 4) {
    int v[4];
    int pad = 0;
    for (int k = 0; k < 4; ++k) {
      char c = clean[i + k];
      if (c == '=') {
        // Padding only at the very end, and at most two.
        if (i + 4 != clean.size() || k < 2) return std::nullopt;
        v[k] = 0;
        ++pad;
      } else {
        if (pad > 0) return std::nullopt;
        v[k] = value(c);
        if (v[k] < 0) return std::nullopt;
      }
    }
    uint32_t bits = (static_cast<uint32_t>(v[0]) << 18) | (static_cast<uint32_t>(v[1]) << 12) |
                    (static_cast<uint32_t>(v[2]) << 6) | static_cast<uint32_t>(v[3]);
    out.push_back(static_cast<char>((bits >> 16) & 0xFF));
    if (pad < 2) out.push_back(static_cast<char>((bits >> 8) & 0xFF));
    if (pad < 1) out.push_back(static_cast<char>(bits & 0xFF));
  }
  return out;
}

const char* jsonTypeName(const nlohmann::json& j) {
  using json = nlohmann::json;
  switch (j.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::object:
      return "object";
    case json::value_t::array:
      return "array";
    case json::value_t::string:
      return "string";
    case json::value_t::boolean:
      return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "number";
    default:
      return "value";
  }
}

}  // namespace hc::consul::detail
