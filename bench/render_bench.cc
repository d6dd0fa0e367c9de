// render_bench: renders an haproxy template over 10,000 healthy instances of 100 services, the
// way the daemon does (template parsed once, dependency data converted to values once), and
// prints the median of several runs.
//
// Usage: render_bench [runs]   (default 31)
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "hc/consul/catalog.h"
#include "hc/consul/direct_source.h"
#include "hc/consul/render_context.h"
#include "hc/consul/template_functions.h"
#include "hc/template/funcs.h"
#include "hc/template/template.h"
#include "machine.h"

using namespace hc;
using Clock = std::chrono::steady_clock;

namespace {
/// CPU time of this thread in ms: on a busy machine wall time also counts time spent waiting for
/// a core, so both are printed.
double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
}  // namespace

namespace {

constexpr int kServices = 100;
constexpr int kInstancesPerService = 100;
constexpr int kNodes = 500;

const char* kTemplate = R"(# generated
{{- range services }}
backend be_{{ .Name }}
    balance roundrobin
{{- range service .Name }}
    server {{ .Node }}_{{ .ID }} {{ .Address }}:{{ .Port }} check weight {{ .Weights.Passing }}
{{- end }}
{{ end -}}
)";

std::shared_ptr<consul::Catalog> buildCatalog() {
  auto catalog = std::make_shared<consul::Catalog>("dc1");
  for (int s = 0; s < kServices; ++s) {
    for (int i = 0; i < kInstancesPerService; ++i) {
      int n = (s * kInstancesPerService + i) % kNodes;
      consul::CatalogRegistration r;
      r.node = "node" + std::to_string(n);
      r.address = "10.0." + std::to_string(n / 250) + "." + std::to_string(n % 250 + 1);
      consul::api::AgentService svc;
      svc.service = "svc" + std::to_string(s);
      svc.id = svc.service + "-" + std::to_string(i);
      svc.port = 20000 + i;
      svc.tags = {"public", "v1"};
      r.service = svc;
      consul::api::HealthCheck check;
      check.checkID = "check-" + svc.id;
      check.name = "http";
      check.status = "passing";
      check.serviceID = svc.id;
      r.checks.push_back(check);
      catalog->registerEntity(std::move(r));
    }
  }
  return catalog;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::atoi(argv[1]) : 31;
  auto catalog = buildCatalog();
  auto source = std::make_shared<consul::DirectSource>(catalog);
  auto ctx = std::make_shared<consul::RenderContext>(source);
  tmpl::FuncMap funcs = tmpl::helperFuncs();
  for (auto& [name, fn] : consul::consulFuncs(ctx)) funcs[name] = fn;

  auto t0 = Clock::now();
  auto parsed = tmpl::Template::parse("bench.tmpl", kTemplate, funcs);
  double parseMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

  tmpl::ExecOptions opts;
  opts.missingKey = tmpl::MissingKey::Zero;
  // First render fetches every dependency from the catalog and converts it to template values
  // once, as a watcher does when data arrives; it is reported apart.
  t0 = Clock::now();
  std::string out = parsed->execute(tmpl::Value(), funcs, opts);
  double firstMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

  std::vector<double> times;
  std::vector<double> cpuTimes;
  size_t lines = 0;
  for (int r = 0; r < runs; ++r) {
    ctx->clear();
    auto start = Clock::now();
    double cpuStart = threadCpuMs();
    std::string o = parsed->execute(tmpl::Value(), funcs, opts);
    cpuTimes.push_back(threadCpuMs() - cpuStart);
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (o != out) {
      std::fprintf(stderr, "render_bench: output changed between runs\n");
      return 1;
    }
  }
  for (char c : out) lines += c == '\n';
  size_t servers = 0;
  for (size_t p = out.find("    server "); p != std::string::npos;
       p = out.find("    server ", p + 1))
    ++servers;
  if (servers != static_cast<size_t>(kServices * kInstancesPerService)) {
    std::fprintf(stderr, "render_bench: expected %d server lines, got %zu\n",
                 kServices * kInstancesPerService, servers);
    return 1;
  }
  std::sort(times.begin(), times.end());
  std::sort(cpuTimes.begin(), cpuTimes.end());
  struct utsname u {};
  uname(&u);
  std::printf("machine: %s, %ld cores, %s %s\n", hc::bench::cpuModel().c_str(),
              sysconf(_SC_NPROCESSORS_ONLN), u.sysname, u.release);
  std::printf("template: %d services x %d instances = %zu server lines, %zu lines, %zu bytes\n",
              kServices, kInstancesPerService, servers, lines, out.size());
  std::printf("parse (once, cached): %.3f ms\n", parseMs);
  std::printf("first render (fetch + convert dependency data): %.3f ms\n", firstMs);
  std::printf(
      "render, %d runs: median %.3f ms wall (min %.3f, max %.3f), median %.3f ms CPU "
      "(target < 5 ms)\n",
      runs, times[times.size() / 2], times.front(), times.back(), cpuTimes[cpuTimes.size() / 2]);
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) > 0) std::printf("load average during the run: %.2f\n", load[0]);
  return 0;
}
