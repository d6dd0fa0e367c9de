#include "hc/consul/consul_session.h"

namespace hc::consul {

const char* changeFeedName(ChangeFeed feed) {
  switch (feed) {
    case ChangeFeed::Services:
      return "services";
    case ChangeFeed::Nodes:
      return "nodes";
    case ChangeFeed::Checks:
      return "checks";
    case ChangeFeed::KV:
      return "kv";
  }
  return "unknown";
}

}  // namespace hc::consul
