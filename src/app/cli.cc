#include "hc/app/cli.h"

#include <cstdio>

namespace hc::app {

int runCli(int, char**) {
  std::fprintf(stderr, "haproxy-consul: not implemented yet\n");
  return 11;
}

}  // namespace hc::app
