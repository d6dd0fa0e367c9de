#pragma once
// What the benchmarks print about the machine they ran on.
#include <fstream>
#include <string>

namespace hc::bench {

/// The CPU model from /proc/cpuinfo ("unknown" when absent).
inline std::string cpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown";
}

}  // namespace hc::bench
