#pragma once
// Decoding of Consul's HTTP response bodies into api types, as Consul's Go client (encoding/json
// into github.com/hashicorp/consul/api structs) reads them: field names matched exactly, else
// case-insensitively; unknown fields ignored; null leaves a field at its zero value; a
// missing Service.Port is 0. Internal to src/consul (ConsulClient and its tests).
//
// Errors: each function throws ConsulError(kind Malformed) naming `endpoint` and the place in
// the document when `body` is not the JSON the endpoint returns.
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hc/consul/api_types.h"

namespace hc::consul::detail {

/// GET /v1/health/service/<name>: an array of {Node, Service, Checks}.
std::vector<api::ServiceEntry> decodeServiceEntries(std::string_view body,
                                                    const std::string& endpoint);
/// GET /v1/health/state/<state>, /v1/health/node/<node>: an array of checks.
std::vector<api::HealthCheck> decodeHealthChecks(std::string_view body,
                                                 const std::string& endpoint);
/// GET /v1/catalog/services: {name: [tags]}.
std::map<std::string, std::vector<std::string>> decodeServiceTags(std::string_view body,
                                                                  const std::string& endpoint);
/// GET /v1/catalog/nodes: an array of nodes.
std::vector<api::Node> decodeNodes(std::string_view body, const std::string& endpoint);
/// GET /v1/catalog/node/<node>: {Node, Services}; `null` (unknown node) gives nullopt.
std::optional<api::CatalogNode> decodeCatalogNode(std::string_view body,
                                                  const std::string& endpoint);
/// GET /v1/kv/<key>[?recurse]: an array of pairs; values base64-decoded, null values "".
std::vector<api::KVPair> decodeKVPairs(std::string_view body, const std::string& endpoint);
/// GET /v1/kv/<prefix>?keys, /v1/catalog/datacenters: an array of strings.
std::vector<std::string> decodeStrings(std::string_view body, const std::string& endpoint);
/// GET /v1/agent/self: Config.NodeName.
std::string decodeAgentNodeName(std::string_view body, const std::string& endpoint);

/// Standard base64 with padding, as Go's encoding/json reads []byte (CR and LF skipped);
/// nullopt when `text` is not valid base64.
std::optional<std::string> decodeBase64(std::string_view text);

/// "null", "object", "array", "string", "boolean", "number": a JSON value's kind in messages.
const char* jsonTypeName(const nlohmann::json& j);

}  // namespace hc::consul::detail
