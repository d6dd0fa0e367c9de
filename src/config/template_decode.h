#pragma once
// A `template { }` block (consul-template's config/template.go keys plus our `haproxy { }`) into
// a TemplateEntry. Internal to src/config.
#include <string>

#include "decoder.h"
#include "hc/config/config_layer.h"

namespace hc::config::detail {

/// Decodes one template block; `path` ("template[0]") names it in messages. The entry's origin
/// is the block's FILE:LINE:COL.
TemplateEntry decodeTemplate(const Decoder& d, const HclValue& block, const std::string& path);

/// Lays the settings a layer gives over `h`.
void applyHaproxy(HaproxyConfig& h, const HaproxyLayer& layer);

}  // namespace hc::config::detail
