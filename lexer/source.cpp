#include "lexer/source.h"

#include <algorithm>
#include <cstdio>

#include "lexer/unicode.h"

namespace gos {

void Diagnostics::error(Pos pos, std::string message) { list_.push_back({pos, std::move(message)}); }

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = list_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    return out;
}

void Diagnostics::append(const Diagnostics& other) {
    list_.insert(list_.end(), other.list_.begin(), other.list_.end());
    directives_.insert(directives_.end(), other.directives_.begin(), other.directives_.end());
}

void Diagnostics::lineDirective(uint32_t from, std::string file, uint32_t line, uint32_t col) {
    directives_.push_back({from, std::move(file), line, col});
}

std::string Diagnostics::position(Pos pos) const {
    const LineDirective* dir = nullptr;
    for (const LineDirective& ld : directives_)
        if (ld.from <= pos.line) dir = &ld;
    if (!dir) return filename_ + ':' + std::to_string(pos.line) + ':' + std::to_string(pos.col);
    std::string out = dir->file.empty() ? filename_ : dir->file;
    out += ':' + std::to_string(dir->line + (pos.line - dir->from));
    if (dir->col) out += ':' + std::to_string(pos.line == dir->from ? dir->col + pos.col - 1 : pos.col);
    return out;
}

bool Diagnostics::onlySkippedBytes() const {
    for (const Diagnostic& d : list_)
        if (d.message != "invalid NUL character" && d.message != "invalid UTF-8 encoding" &&
            d.message != "invalid BOM in the middle of the file")
            return false;
    return true;
}

std::string Diagnostics::format() const {
    std::string out;
    uint32_t syntaxLine = 0, lastLine = 0;
    const std::string* lastMessage = nullptr;
    for (const Diagnostic& d : sorted()) {
        if (d.message.rfind("syntax error", 0) == 0) {
            if (d.pos.line == syntaxLine) continue;
            syntaxLine = d.pos.line;
        } else {
            if (lastMessage && d.pos.line == lastLine && d.message == *lastMessage) continue;
            lastLine = d.pos.line;
            lastMessage = &d.message;
        }
        out += position(d.pos);
        out += ": ";
        out += d.message;
        out += '\n';
    }
    return out;
}

// std::string keeps a NUL after its last byte: the lexer's sentinel.
SourceFile::SourceFile(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {}

std::string formatRuneU(uint32_t r) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", r);
    std::string out = buf;
    if (unicode::isPrint(r)) {
        out += " '";
        unicode::encode(out, r);
        out += '\'';
    }
    return out;
}

std::string quoteRune(uint32_t r) {
    std::string out = "'";
    switch (r) {
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\v': out += "\\v"; break;
        case '\\': out += "\\\\"; break;
        case '\'': out += "\\'"; break;
        default:
            if (unicode::isPrint(r)) {
                unicode::encode(out, r);
            } else {
                char buf[16];
                if (r < 0x80) std::snprintf(buf, sizeof buf, "\\x%02x", r);
                else if (r < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", r);
                else std::snprintf(buf, sizeof buf, "\\U%08x", r);
                out += buf;
            }
    }
    out += '\'';
    return out;
}

}  // namespace gos
