#include "hc/consul/dependency_data.h"

#include <tuple>

namespace hc::consul {

namespace api {

bool operator==(const AgentWeights& a, const AgentWeights& b) {
  return a.passing == b.passing && a.warning == b.warning;
}

bool operator==(const ServiceAddress& a, const ServiceAddress& b) {
  return a.address == b.address && a.port == b.port;
}

bool operator==(const HealthCheckDefinition& a, const HealthCheckDefinition& b) {
  auto t = [](const HealthCheckDefinition& d) {
    return std::tie(d.http, d.header, d.method, d.body, d.tlsServerName, d.tlsSkipVerify, d.tcp,
                    d.udp, d.grpc, d.osService, d.grpcUseTLS, d.interval, d.timeout,
                    d.deregisterCriticalServiceAfter);
  };
  return t(a) == t(b);
}

bool operator==(const HealthCheck& a, const HealthCheck& b) {
  auto t = [](const HealthCheck& c) {
    return std::tie(c.node, c.checkID, c.name, c.status, c.notes, c.output, c.serviceID,
                    c.serviceName, c.serviceTags, c.type, c.nameSpace, c.partition, c.exposedPort,
                    c.peerName, c.definition, c.createIndex, c.modifyIndex);
  };
  return t(a) == t(b);
}

bool operator==(const Node& a, const Node& b) {
  auto t = [](const Node& n) {
    return std::tie(n.id, n.node, n.address, n.datacenter, n.taggedAddresses, n.meta, n.createIndex,
                    n.modifyIndex);
  };
  return t(a) == t(b);
}

bool operator==(const AgentService& a, const AgentService& b) {
  auto t = [](const AgentService& s) {
    return std::tie(s.kind, s.id, s.service, s.tags, s.meta, s.port, s.address, s.taggedAddresses,
                    s.weights, s.enableTagOverride, s.createIndex, s.modifyIndex);
  };
  return t(a) == t(b);
}

bool operator==(const KVPair& a, const KVPair& b) {
  auto t = [](const KVPair& p) {
    return std::tie(p.key, p.createIndex, p.modifyIndex, p.lockIndex, p.flags, p.value, p.session);
  };
  return t(a) == t(b);
}

}  // namespace api

bool operator==(const HealthService& a, const HealthService& b) {
  auto t = [](const HealthService& s) {
    return std::tie(s.node, s.nodeID, s.nodeAddress, s.nodeTaggedAddresses, s.nodeMeta,
                    s.serviceMeta, s.address, s.serviceTaggedAddresses, s.id, s.name, s.tags,
                    s.checks, s.status, s.port, s.weights);
  };
  return t(a) == t(b);
}

bool operator==(const CatalogSnippet& a, const CatalogSnippet& b) {
  return a.name == b.name && a.tags == b.tags;
}

bool operator==(const Node& a, const Node& b) {
  auto t = [](const Node& n) {
    return std::tie(n.id, n.node, n.address, n.datacenter, n.taggedAddresses, n.meta);
  };
  return t(a) == t(b);
}

bool operator==(const CatalogNodeService& a, const CatalogNodeService& b) {
  auto t = [](const CatalogNodeService& s) {
    return std::tie(s.id, s.service, s.tags, s.meta, s.port, s.address, s.enableTagOverride);
  };
  return t(a) == t(b);
}

bool operator==(const CatalogNode& a, const CatalogNode& b) {
  return a.node == b.node && a.services == b.services;
}

bool operator==(const KeyPair& a, const KeyPair& b) {
  auto t = [](const KeyPair& p) {
    return std::tie(p.path, p.key, p.value, p.createIndex, p.modifyIndex, p.lockIndex, p.flags,
                    p.session);
  };
  return t(a) == t(b);
}

bool operator==(const KeyValue& a, const KeyValue& b) {
  return a.exists == b.exists && a.value == b.value;
}

}  // namespace hc::consul
