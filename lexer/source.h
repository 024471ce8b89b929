// Source text, positions and diagnostics shared by every stage of gos.
//
// A position is a 1-based line and a 1-based byte column, exactly as the gc
// compiler counts them (a tab is one column, a multi-byte UTF-8 character
// counts one column per byte). Diagnostics are collected, never printed:
// the command line (or an embedding host) decides where they go. They print
// as `file:line:col: message`, sorted by position, the way gc reports them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gos {

struct Pos {
    uint32_t line = 0;
    uint32_t col = 0;

    bool valid() const { return line != 0; }
    friend bool operator==(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }
    friend bool operator<(Pos a, Pos b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }
};

// A half-open range of source positions; the location type of the grammar.
struct Span {
    Pos begin;
    Pos end;
};

struct Diagnostic {
    Pos pos;
    std::string message;
};

class Diagnostics {
public:
    explicit Diagnostics(std::string filename) : filename_(std::move(filename)) {}

    void error(Pos pos, std::string message);
    // A //line directive: from physical line `from` on, positions are
    // reported as `file` (if not empty), line `line` onwards; `col` is the
    // column of the directive's first line, or 0 when the directive gave
    // none, in which case gc prints no columns.
    void lineDirective(uint32_t from, std::string file, uint32_t line, uint32_t col);
    void append(const Diagnostics& other);  // its errors and line directives
    bool empty() const { return list_.empty(); }
    // Whether every error is about a byte the source reader skipped (a NUL,
    // invalid UTF-8, a byte order mark past the start).
    bool onlySkippedBytes() const;
    size_t size() const { return list_.size(); }
    const std::string& filename() const { return filename_; }

    // Diagnostics sorted by position (stable for equal positions).
    std::vector<Diagnostic> sorted() const;
    // All diagnostics as `file:line:col: message` lines, sorted; as gc
    // prints them, one syntax error a line, and an error repeated on a
    // line only once.
    std::string format() const;
    // A position as format() prints it (`file:line:col`).
    std::string position(Pos pos) const;

private:
    struct LineDirective {
        uint32_t from;
        std::string file;
        uint32_t line;
        uint32_t col;
    };

    std::string filename_;
    std::vector<Diagnostic> list_;
    std::vector<LineDirective> directives_;
};

// Source text owned together with its name. The text is followed by a NUL
// byte so the lexer can use it as a sentinel; embedded NULs are still errors.
class SourceFile {
public:
    SourceFile(std::string name, std::string text);

    const std::string& name() const { return name_; }
    std::string_view text() const { return {text_.data(), text_.size()}; }

private:
    std::string name_;
    std::string text_;
};

// Formats a rune the way Go's %#U verb does: U+00E9 'é'.
std::string formatRuneU(uint32_t r);
// Formats a rune the way Go's %q verb does for a rune: 'x', '\n', '\x00'.
std::string quoteRune(uint32_t r);

}  // namespace gos
