#include "api/pipeline.h"

#include "compiler/codegen.h"
#include "parser/parse.h"
#include "stdlib/stdlib.h"

namespace gos {

static bool endsWith(const std::string& s, const char* suffix) {
    size_t n = std::char_traits<char>::length(suffix);
    return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

Compilation compileSource(const SourceFile& source, Diagnostics& diags, bool syntaxOnly,
                          std::shared_ptr<api::HostPackages> host) {
    Compilation c;
    ParseOptions options;
    options.allowScript = !endsWith(source.name(), ".go");
    c.ast = parseFile(source, diags, options);
    // As gc, the source reader's complaints (a NUL byte, invalid UTF-8, a
    // stray BOM), whose bytes were skipped, leave a tree worth checking;
    // any other error stops here.
    if (!diags.onlySkippedBytes() || syntaxOnly) {
        c.ok = diags.empty();
        return c;
    }
    const bool lexicalErrors = !diags.empty();
    c.program = std::make_unique<vm::Program>();
    c.info = std::make_unique<check::Info>();
    c.host = std::move(host);
    check::PackageLoader load = c.host ? c.host->loader(*c.program, *c.info) : stdlib::loader(*c.program, *c.info);
    if (!check::checkFile(c.ast->file, diags, *c.program->types, load, *c.info) || lexicalErrors) return c;
    if (!codegen::compile(c.ast->file, *c.info, *c.program, source.name(), diags)) return c;
    c.ok = true;
    return c;
}

}  // namespace gos
