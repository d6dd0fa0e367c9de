#include <utility>

#include "hc/haproxy/plan.h"

namespace hc::haproxy {

std::string RuntimeOp::command() const {
  const std::string bs = backend + "/" + server;
  switch (kind) {
    case Kind::SetAddr:
      return "set server " + bs + " addr " + addr + (port ? " port " + *port : std::string());
    case Kind::SetWeight:
      return "set server " + bs + " weight " + std::to_string(weight);
    case Kind::SetState:
      return "set server " + bs + " state " + value;
    case Kind::SetHealth:
      return "set server " + bs + " health " + value;
    case Kind::EnableHealth:
      return "enable health " + bs;
    case Kind::AddServer: {
      // haproxy reads the port after the last colon, so a bare IPv6 literal needs no brackets.
      std::string line = "add server " + bs + " " + addr + (port ? ":" + *port : std::string());
      for (const auto& k : keywords) line += " " + k;
      return line;
    }
    case Kind::DelServer:
      return "del server " + bs;
  }
  return {};
}

RuntimeOp RuntimeOp::setAddr(std::string b, std::string s, std::string addr,
                             std::optional<std::string> port) {
  RuntimeOp op;
  op.kind = Kind::SetAddr;
  op.backend = std::move(b);
  op.server = std::move(s);
  op.addr = std::move(addr);
  op.port = std::move(port);
  return op;
}

RuntimeOp RuntimeOp::setWeight(std::string b, std::string s, int weight) {
  RuntimeOp op;
  op.kind = Kind::SetWeight;
  op.backend = std::move(b);
  op.server = std::move(s);
  op.weight = weight;
  return op;
}

RuntimeOp RuntimeOp::setState(std::string b, std::string s, std::string state) {
  RuntimeOp op;
  op.kind = Kind::SetState;
  op.backend = std::move(b);
  op.server = std::move(s);
  op.value = std::move(state);
  return op;
}

RuntimeOp RuntimeOp::setHealth(std::string b, std::string s, std::string health) {
  RuntimeOp op = setState(std::move(b), std::move(s), std::move(health));
  op.kind = Kind::SetHealth;
  return op;
}

RuntimeOp RuntimeOp::enableHealth(std::string b, std::string s) {
  RuntimeOp op;
  op.kind = Kind::EnableHealth;
  op.backend = std::move(b);
  op.server = std::move(s);
  return op;
}

RuntimeOp RuntimeOp::addServer(std::string b, std::string s, std::string addr,
                               std::optional<std::string> port, std::vector<std::string> keywords,
                               int id) {
  RuntimeOp op = setAddr(std::move(b), std::move(s), std::move(addr), std::move(port));
  op.kind = Kind::AddServer;
  op.keywords = std::move(keywords);
  op.id = id;
  return op;
}

RuntimeOp RuntimeOp::delServer(std::string b, std::string s) {
  RuntimeOp op = enableHealth(std::move(b), std::move(s));
  op.kind = Kind::DelServer;
  return op;
}

bool RuntimeOp::operator==(const RuntimeOp& o) const {
  return kind == o.kind && backend == o.backend && server == o.server && addr == o.addr &&
         port == o.port && weight == o.weight && value == o.value && keywords == o.keywords &&
         id == o.id;
}

}  // namespace hc::haproxy
