#pragma once
// Template Values of consul-template's results, with Go's exact type and field names so that
// field access, %T, printing and error messages match consul-template:
//
//   []*dependency.HealthService  fields Node NodeID NodeAddress NodeTaggedAddresses NodeMeta
//                                ServiceMeta Address ServiceTaggedAddresses ID Name Tags Checks
//                                Status Port Weights
//   dependency.ServiceTags       ([]string) Tags of services, catalog snippets, node services
//   api.HealthChecks             []*api.HealthCheck, method AggregatedStatus
//   *api.HealthCheck             Node CheckID Name Status Notes Output ServiceID ServiceName
//                                ServiceTags Type Namespace Partition ExposedPort PeerName
//                                Definition CreateIndex ModifyIndex
//   api.HealthCheckDefinition    HTTP Header Method Body TLSServerName TLSSkipVerify TCP UDP
//                                GRPC OSService GRPCUseTLS IntervalDuration TimeoutDuration
//                                DeregisterCriticalServiceAfterDuration Interval Timeout
//                                DeregisterCriticalServiceAfter
//   api.AgentWeights             Passing Warning;  api.ServiceAddress  Address Port
//   []*dependency.CatalogSnippet Name Tags
//   []*dependency.Node           ID Node Address Datacenter TaggedAddresses Meta
//   *dependency.CatalogNode      Node (*dependency.Node, typed nil when unknown) Services
//   []*dependency.CatalogNodeService  ID Service Tags Meta Port Address EnableTagOverride
//   []*dependency.KeyPair        Path Key Value CreateIndex ModifyIndex LockIndex Flags Session
//
// map[string]string values have "" as zero (missingkey=zero renders ""). Go's int fields are
// Int, uint64 fields Uint64. Durations (time.Duration / api.ReadableDuration) are strings in
// Go's Duration.String() form ("10s"), which is how Go prints them.
//
// Thread-safety: pure functions; the returned Values are immutable.
#include <string>
#include <vector>

#include "hc/consul/dependency_data.h"
#include "hc/template/value.h"

namespace hc::consul {

inline constexpr const char* kHealthServiceListType = "[]*dependency.HealthService";
inline constexpr const char* kCatalogSnippetListType = "[]*dependency.CatalogSnippet";
inline constexpr const char* kNodeListType = "[]*dependency.Node";
inline constexpr const char* kKeyPairListType = "[]*dependency.KeyPair";
inline constexpr const char* kServiceTagsType = "dependency.ServiceTags";
inline constexpr const char* kHealthChecksType = "api.HealthChecks";

tmpl::Value toValue(const HealthService& s);
tmpl::Value toValue(const std::vector<HealthService>& list);
tmpl::Value toValue(const api::HealthCheck& c);
/// api.HealthChecks, with its AggregatedStatus method.
tmpl::Value toValue(const std::vector<api::HealthCheck>& checks);
tmpl::Value toValue(const CatalogSnippet& s);
tmpl::Value toValue(const std::vector<CatalogSnippet>& list);
tmpl::Value toValue(const Node& n);
tmpl::Value toValue(const std::vector<Node>& list);
tmpl::Value toValue(const CatalogNode& n);
tmpl::Value toValue(const KeyPair& p);
tmpl::Value toValue(const std::vector<KeyPair>& list);
/// The value string, or Invalid (a nil interface{}) when the key does not exist.
tmpl::Value toValue(const KeyValue& kv);
/// []string.
tmpl::Value toValue(const std::vector<std::string>& list);
/// Any dependency's data.
tmpl::Value toValue(const DependencyData& data);

}  // namespace hc::consul
