#include "hc/app/cli.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "hc/app/exit_codes.h"
#include "hc/app/offline_render.h"
#include "hc/consul/catalog_file.h"
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

}  // namespace

int runCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return kExitParseFlags;
  }
  if (args[0] == "render") return runRender({args.begin() + 1, args.end()});
  Flag f;
  if (splitFlag(args[0], f)) {
    if (f.name == "v" || f.name == "version") {
      std::cout << "haproxy-consul v" << HC_VERSION << "\n";
      return kExitOK;
    }
    if (f.name == "h" || f.name == "help") {
      std::cout << kUsage;
      return kExitOK;
    }
  }
  std::cerr << "haproxy-consul: unknown command " << args[0] << "\n" << kUsage;
  return kExitParseFlags;
}

}  // namespace hc::app
