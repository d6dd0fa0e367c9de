#include "hc/consul/consul_endpoints.h"

namespace hc::consul {

const char* consulErrorKindName(ConsulErrorKind kind) {
  switch (kind) {
    case ConsulErrorKind::Other:
      return "other";
    case ConsulErrorKind::Refused:
      return "refused";
    case ConsulErrorKind::Reset:
      return "reset";
    case ConsulErrorKind::Timeout:
      return "timeout";
    case ConsulErrorKind::Tls:
      return "tls";
    case ConsulErrorKind::Aborted:
      return "aborted";
    case ConsulErrorKind::AclDenied:
      return "acl-denied";
    case ConsulErrorKind::NotFound:
      return "not-found";
    case ConsulErrorKind::RateLimited:
      return "rate-limited";
    case ConsulErrorKind::NoLeader:
      return "no-leader";
    case ConsulErrorKind::ServerError:
      return "server-error";
    case ConsulErrorKind::BadRequest:
      return "bad-request";
    case ConsulErrorKind::Malformed:
      return "malformed";
  }
  return "other";
}

}  // namespace hc::consul
