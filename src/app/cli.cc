#include "hc/app/cli.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "hc/app/daemon.h"
#include "hc/app/exit_codes.h"
#include "hc/app/offline_render.h"
#include "hc/config/config.h"
#include "hc/consul/catalog_file.h"
#include "hc/consul/client_config.h"
#include "hc/consul/consul_endpoints.h"

namespace hc::app {
namespace {

const char* kUsage =
    "Usage: haproxy-consul render --catalog-file CATALOG.json [options] TEMPLATE\n"
    "\n"
    "Renders TEMPLATE (Go text/template with consul-template's functions) against the Consul\n"
    "catalog-register bodies and KV pairs in CATALOG.json and prints the result.\n"
    "\n"
    "Options (one or two dashes, -x=v or -x v):\n"
    "  -catalog-file FILE          the catalog (required)\n"
    "  -left-delimiter STR         default {{\n"
    "  -right-delimiter STR        default }}\n"
    "  -error-on-missing-key       a missing map key is an error (missingkey=error)\n"
    "  -h, -help                   this text\n"
    "  -v, -version                print the version\n";

const char* kDaemonUsage =
    "Usage: haproxy-consul [options]\n"
    "       haproxy-consul render --catalog-file CATALOG.json [options] TEMPLATE\n"
    "\n"
    "Watches Consul and renders templates to files, like consul-template (same flags, same\n"
    "HCL configuration). The common ones:\n"
    "  -template \"SRC[:DEST[:COMMAND]]\"  render SRC to DEST, run COMMAND when DEST changed\n"
    "  -config PATH                    HCL or JSON file, or a directory of them (repeatable)\n"
    "  -consul-addr ADDR               default $CONSUL_HTTP_ADDR, else 127.0.0.1:8500\n"
    "  -consul-token TOKEN, -consul-token-file FILE\n"
    "  -catalog-file FILE              read a catalog file instead of Consul (re-read on change)\n"
    "  -wait MIN[:MAX]                 quiescence\n"
    "  -once, -dry, -pid-file FILE, -log-level LEVEL, -max-stale DUR\n"
    "  -exit-on-command-failure        stop when a command fails (consul-template's behaviour)\n"
    "  -exit-on-retry-failure          stop when Consul retries are exhausted\n"
    "  -h, -version\n"
    "\n"
    "Signals: SIGHUP reloads the configuration and templates; SIGINT stops (exit 12); SIGTERM\n"
    "stops (exit 0). Exit codes: 13 bad flags, 14 template or runtime error, 15 bad config.\n";

/// A flag name without its one or two leading dashes, and its inline value after '='.
struct Flag {
  std::string name;
  std::string value;
  bool hasValue = false;
};

bool splitFlag(const std::string& arg, Flag& f) {
  if (arg.size() < 2 || arg[0] != '-' || arg == "--") return false;
  size_t start = arg[1] == '-' ? 2 : 1;
  std::string body = arg.substr(start);
  size_t eq = body.find('=');
  f.name = body.substr(0, eq);
  f.hasValue = eq != std::string::npos;
  if (f.hasValue) f.value = body.substr(eq + 1);
  return !f.name.empty();
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int runRender(const std::vector<std::string>& args) {
  RenderRequest req;
  std::string catalogPath;
  std::vector<std::string> positional;
  for (size_t i = 0; i < args.size(); ++i) {
    Flag f;
    if (!splitFlag(args[i], f)) {
      positional.push_back(args[i]);
      continue;
    }
    auto value = [&](std::string& dst) {
      if (f.hasValue) {
        dst = f.value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      dst = args[++i];
      return true;
    };
    bool ok = true;
    if (f.name == "catalog-file") {
      ok = value(catalogPath);
    } else if (f.name == "left-delimiter") {
      ok = value(req.leftDelim);
    } else if (f.name == "right-delimiter") {
      ok = value(req.rightDelim);
    } else if (f.name == "error-on-missing-key") {
      req.errorOnMissingKey = !f.hasValue || f.value == "true" || f.value == "1";
    } else if (f.name == "h" || f.name == "help") {
      std::cout << kUsage;
      return kExitOK;
    } else {
      std::cerr << "render: flag provided but not defined: -" << f.name << "\n" << kUsage;
      return kExitParseFlags;
    }
    if (!ok) {
      std::cerr << "render: flag needs an argument: -" << f.name << "\n";
      return kExitParseFlags;
    }
  }
  if (catalogPath.empty() || positional.size() != 1) {
    std::cerr << "render: need --catalog-file FILE and exactly one TEMPLATE\n" << kUsage;
    return kExitParseFlags;
  }
  req.templatePath = positional[0];
  if (!readFile(req.templatePath, req.templateText)) {
    std::cerr << req.templatePath << ": cannot read template: " << std::strerror(errno) << "\n";
    return kExitConfig;
  }

  std::shared_ptr<consul::Catalog> catalog;
  try {
    catalog = consul::loadCatalogFile(catalogPath);
  } catch (const consul::CatalogFileError& e) {
    std::cerr << e.what() << "\n";
    return kExitConfig;
  }

  try {
    std::cout << renderOffline(req, catalog);
    std::cout.flush();
  } catch (const tmpl::TemplateError& e) {
    std::cerr << e.located() << "\n";
    return kExitRunner;
  } catch (const MissingDataError& e) {
    std::cerr << e.what() << "\n";
    return kExitRunner;
  } catch (const consul::ConsulError& e) {
    std::cerr << req.templatePath << ": " << e.what() << "\n";
    return kExitRunner;
  }
  return kExitOK;
}

int runDaemonCli(const std::vector<std::string>& args) {
  config::CommandLine cli;
  try {
    cli = config::parseCommandLine(args);
  } catch (const config::FlagError& e) {
    std::cerr << e.what() << "\n\n" << kDaemonUsage;
    return kExitParseFlags;
  }
  if (cli.help) {
    std::cout << kDaemonUsage;
    return kExitOK;
  }
  if (cli.version) {
    std::cout << "haproxy-consul v" << HC_VERSION << "\n";
    return kExitOK;
  }
  try {
    return runDaemon(cli);
  } catch (const config::ConfigError& e) {
    std::cerr << e.what() << "\n";
    return kExitConfig;
  } catch (const consul::ClientConfigError& e) {
    std::cerr << e.what() << "\n";
    return kExitConfig;
  } catch (const consul::CatalogFileError& e) {
    std::cerr << e.what() << "\n";
    return kExitConfig;
  } catch (const std::exception& e) {
    std::cerr << "haproxy-consul: " << e.what() << "\n";
    return kExitError;
  }
}

}  // namespace

int runCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kDaemonUsage;
    return kExitParseFlags;
  }
  if (args[0] == "render") return runRender({args.begin() + 1, args.end()});
  return runDaemonCli(args);
}

}  // namespace hc::app
