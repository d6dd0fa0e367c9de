#include "hc/app/offline_render.h"

#include "hc/consul/direct_source.h"
#include "hc/consul/render_context.h"
#include "hc/consul/template_functions.h"
#include "hc/template/funcs.h"

namespace hc::app {

std::string renderOffline(const RenderRequest& req, std::shared_ptr<consul::Catalog> catalog) {
  auto source = std::make_shared<consul::DirectSource>(std::move(catalog));
  auto ctx = std::make_shared<consul::RenderContext>(source);

  tmpl::FuncMap funcs = tmpl::helperFuncs();
  for (auto& [name, fn] : consul::consulFuncs(ctx)) funcs[name] = fn;

  tmpl::ParseOptions parseOpts;
  parseOpts.leftDelim = req.leftDelim;
  parseOpts.rightDelim = req.rightDelim;
  auto parsed = tmpl::Template::parse(req.templatePath, req.templateText, funcs, parseOpts);

  tmpl::ExecOptions execOpts;
  // consul-template runs templates with missingkey=zero unless error_on_missing_key is set.
  execOpts.missingKey = req.errorOnMissingKey ? tmpl::MissingKey::Error : tmpl::MissingKey::Zero;
  std::string out = parsed->execute(tmpl::Value(), funcs, execOpts);

  // Over a catalog file every dependency answers at once; what is still missing never will
  // (consul-template would wait for it forever), so say so instead of printing a partial file.
  if (!ctx->missing().empty()) {
    throw MissingDataError(req.templatePath + ": no data for " + ctx->missing().toString() +
                           " (a key that does not exist, or safeLs/safeTree over nothing): "
                           "consul-template would not render this template until it appears");
  }
  return out;
}

}  // namespace hc::app
