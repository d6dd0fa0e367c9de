// libFuzzer target for the template lexer and parser: parses arbitrary bytes, prints every
// tree back (Node::str), computes the error context of every node and checks isEmptyTree. Any
// input must end in a tree set or a TemplateError with Go's "template: NAME:LINE: " prefix;
// never in a crash, a hang, a leak or another exception.
//
// The first byte selects the options: bit 0 custom delimiters "<<" ">>", bit 1 SkipFuncCheck,
// bit 2 extra functions "foo" and "break" (which turns the break keyword into an identifier).
//
// Each input is parsed on a thread with a 256 MiB stack: the parser accepts Go's nesting limits
// (10000 parenthesized pipelines), whose recursion needs a few MiB of stack in a release build
// and several times that under ASan and coverage instrumentation.
#include <pthread.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "hc/template/ast.h"
#include "hc/template/parser.h"
#include "hc/template/template_error.h"

namespace {

using namespace hc::tmpl;

size_t visit(const Tree& t, const Node* n) {
  if (!n) return 0;
  auto [loc, ctx] = t.errorContext(*n);
  size_t total = loc.size() + ctx.size();
  switch (n->type) {
    case NodeType::List:
      for (const NodePtr& c : static_cast<const ListNode*>(n)->nodes) total += visit(t, c.get());
      break;
    case NodeType::Action:
      total += visit(t, static_cast<const ActionNode*>(n)->pipe.get());
      break;
    case NodeType::Pipe: {
      const auto* p = static_cast<const PipeNode*>(n);
      for (const auto& d : p->decl) total += visit(t, d.get());
      for (const auto& c : p->cmds) total += visit(t, c.get());
      break;
    }
    case NodeType::Command:
      for (const NodePtr& a : static_cast<const CommandNode*>(n)->args) total += visit(t, a.get());
      break;
    case NodeType::Chain:
      total += visit(t, static_cast<const ChainNode*>(n)->node.get());
      break;
    case NodeType::If:
    case NodeType::Range:
    case NodeType::With: {
      const auto* b = static_cast<const BranchNode*>(n);
      total += visit(t, b->pipe.get()) + visit(t, b->list.get()) + visit(t, b->elseList.get());
      break;
    }
    case NodeType::Template:
      total += visit(t, static_cast<const TemplateNode*>(n)->pipe.get());
      break;
    default:
      break;
  }
  return total;
}

struct Input {
  const uint8_t* data;
  size_t size;
};

void* fuzzOne(void* arg) {
  const auto* in = static_cast<const Input*>(arg);
  const uint8_t mode = in->data[0];
  std::string text(reinterpret_cast<const char*>(in->data + 1), in->size - 1);
  ParseOptions opts;
  if (mode & 1) {
    opts.leftDelim = "<<";
    opts.rightDelim = ">>";
  }
  opts.skipFuncCheck = (mode & 2) != 0;
  if (mode & 4) opts.hasFunction = [](std::string_view n) { return n == "foo" || n == "break"; };
  try {
    TreeSet set = parse("fuzz", text, opts);
    if (set.empty()) abort();
    for (const auto& [name, tree] : set) {
      if (!tree || !tree->root || tree->name != name || tree->parseName != "fuzz") abort();
      std::string s = tree->root->str();
      // The error context of every node costs O(nodes * size): only for small inputs.
      if (text.size() <= 4096) visit(*tree, tree->root.get());
      (void)isEmptyTree(tree->root.get());
    }
  } catch (const TemplateError& e) {
    std::string_view what = e.what();
    if (what.substr(0, 15) != "template: fuzz:" || e.name() != "fuzz" || e.line() < 1 ||
        e.col() != -1 || e.detail().empty()) {
      abort();
    }
  }
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  Input in{data, size};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{256} << 20);
  pthread_t th;
  if (pthread_create(&th, &attr, fuzzOne, &in) != 0) abort();
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
  return 0;
}
