// The REPL: `gos` on a terminal, or `gos repl`. A host of gos::Session like
// any other: it reads an input (more lines while a bracket or block is
// open), evaluates it, and prints the values an expression shows as
// `value // type`. Its `:` commands are Go the session evaluates (gos/inspect
// draws maps and slices) or the session's own queries.
//
// On a terminal, lines come from libedit: editing, history kept in
// ~/.gos_history, and tab completion of the session's names, packages and
// package members. Elsewhere (a pipe, a test) lines are read plainly and
// no prompt is written.
//
// Ctrl-C while an input runs interrupts it (Session::interrupt, which a
// signal handler may call: it stores an atomic flag); the session stays.
// At the prompt, Ctrl-C drops the line being typed. Ctrl-D leaves.
#include "cli/cli.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <editline/readline.h>

#include <gos/gos.hpp>

namespace gos {

namespace {

constexpr const char* kHelp =
    "Go, one input at a time: declarations and variables stay for the inputs\n"
    "after; declaring a name again replaces it. An expression shows its value\n"
    "and type. Standard packages need no import.\n"
    "\n"
    "  :help              this text\n"
    "  :type EXPR         the type of an expression, without running it\n"
    "  :doc PKG.NAME      a declaration (a function's signature)\n"
    "  :disasm FUNC       the bytecode of a function\n"
    "  :map EXPR          a map's buckets: B, count, load factor, each bucket's\n"
    "                     occupancy and tophash bytes, overflow, evacuation\n"
    "  :slice EXPR        a slice's array, len and cap, and which variables\n"
    "                     share its array\n"
    "  :mem               the heap: bytes and objects in use, collections, and\n"
    "                     the change since the last :mem\n"
    "  :gc                run the collector\n"
    "  :load FILE         evaluate a file as one input\n"
    "  :reset             forget everything\n"
    "  :quit              leave (so does Ctrl-D)\n"
    "\n"
    "Ctrl-C stops a running input; the session stays.\n";

Session* gRunning = nullptr;  // the session whose input runs, for SIGINT
volatile sig_atomic_t gInterrupted = 0;
int gWake[2] = {-1, -1};  // the handler writes a byte here, to wake the prompt's read

void onInterrupt(int) {
    gInterrupted = 1;
    if (Session* s = gRunning) s->interrupt();
    if (gWake[1] >= 0) {
        int saved = errno;
        [[maybe_unused]] ssize_t n = write(gWake[1], "!", 1);
        errno = saved;
    }
}

// libedit's reads: a key from the terminal, or the end of the line when
// Ctrl-C came (whenever it came: a signal outside the read itself would
// otherwise be seen only at the next key).
int readKey(FILE*) {
    for (;;) {
        if (gInterrupted) return EOF;
        pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {gWake[0], POLLIN, 0}};
        if (poll(fds, gWake[0] >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR) continue;
            return EOF;
        }
        if (fds[1].revents & POLLIN) {
            char drain[64];
            while (read(gWake[0], drain, sizeof drain) > 0) {
            }
            continue;
        }
        unsigned char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n == 1) return c;
        if (n < 0 && errno == EINTR) continue;
        return EOF;
    }
}

// Tab completion: the word under the cursor (dots included) against the session.
Session* gCompleting = nullptr;
std::vector<std::string> gMatches;

char* nextMatch(const char* text, int state) {
    if (state == 0) gMatches = gCompleting ? gCompleting->completions(text) : std::vector<std::string>{};
    if (static_cast<size_t>(state) >= gMatches.size()) return nullptr;
    return strdup(gMatches[static_cast<size_t>(state)].c_str());
}

char** complete(const char* text, int start, int) {
    rl_attempted_completion_over = 1;  // never file names
    // Tab in the indentation indents
    bool indenting = true;
    for (int k = 0; k < start && indenting; ++k) indenting = rl_line_buffer[k] == ' ' || rl_line_buffer[k] == '\t';
    if (indenting && *text == '\0') {
        rl_insert_text("\t");
        return nullptr;
    }
    return rl_completion_matches(text, nextMatch);
}

std::string trim(std::string s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

class Repl {
public:
    Repl(bool interactive, std::ostream& out, std::ostream& err)
        : interactive_(interactive), out_(out), err_(err), session_(config()) {}

    int loop() {
        if (interactive_) {
            startEditing();
            out_ << "gos " << version() << " (Go 1.19 language). :help for help, Ctrl-D to leave.\n" << std::flush;
        }
        std::string input;
        for (;;) {
            std::string line;
            if (!readLine(input.empty() ? "> " : ". ", line)) {
                if (interactive_ && gInterrupted) {  // Ctrl-C at the prompt: drop what was typed
                    gInterrupted = 0;
                    input.clear();
                    out_ << "^C\n" << std::flush;
                    continue;
                }
                break;
            }
            if (input.empty() && trim(line).empty()) continue;
            if (input.empty() && trim(line)[0] == ':') {  // a command is one line
                if (interactive_) remember(line);
                if (!command(trim(line))) break;
                continue;
            }
            input += input.empty() ? line : "\n" + line;
            if (!Session::complete(input)) continue;
            if (interactive_) remember(input);
            std::string text = std::move(input);
            input.clear();
            evaluate(text);
            if (exit_ >= 0) break;
        }
        if (interactive_) {
            out_ << "\n";
            stopEditing();
        }
        out_.flush();
        return exit_ >= 0 ? exit_ : 0;
    }

private:
    Config config() {
        Config c;
        c.stdoutSink = [this](std::string_view s) { out_.write(s.data(), static_cast<std::streamsize>(s.size())); };
        c.stderrSink = [this](std::string_view s) {
            out_.flush();
            err_.write(s.data(), static_cast<std::streamsize>(s.size()));
            err_.flush();
        };
        c.args = {"gos"};
        if (const char* seed = std::getenv("GOSMAPSEED")) c.seed = std::strtoull(seed, nullptr, 10);
        return c;
    }

    // ---- lines ----

    bool readLine(const char* prompt, std::string& line) {
        if (interactive_) session_.runInBackground(true);  // goroutines run on while the prompt waits
        if (!interactive_) return static_cast<bool>(std::getline(std::cin, line));
        gInterrupted = 0;  // a Ctrl-C that came while an input ran was that input's
        char* got = readline(prompt);
        if (!got) return false;
        line = got;
        std::free(got);
        return true;
    }

    void startEditing() {
        rl_readline_name = "gos";
        rl_getc_function = readKey;
        if (pipe(gWake) == 0) {
            fcntl(gWake[0], F_SETFL, O_NONBLOCK);
            fcntl(gWake[1], F_SETFL, O_NONBLOCK);
        }
        gCompleting = &session_;
        rl_attempted_completion_function = complete;
        static char breaks[] = " \t\n\"'`@$><=;|&{([,+-*/%^!";
        rl_completer_word_break_characters = breaks;
        rl_completion_append_character = '\0';
        using_history();
        stifle_history(1000);
        if (const char* home = std::getenv("HOME")) {
            history_ = std::string(home) + "/.gos_history";
            read_history(history_.c_str());
        }
    }

    void remember(const std::string& input) {
        add_history(input.c_str());
        if (!history_.empty()) write_history(history_.c_str());
    }

    void stopEditing() { gCompleting = nullptr; }

    // ---- inputs ----

    // Evaluates Go: prints what it shows, and what went wrong (a panic or
    // fatal error has written its own report).
    EvalResult evaluate(const std::string& text, bool show = true) {
        gRunning = &session_;
        EvalResult r = session_.eval(text);
        gRunning = nullptr;
        out_.flush();
        if (show)
            for (const ShownValue& v : r.values) out_ << v.text << " // " << v.type << "\n";
        if (r.error.kind == ErrorKind::Compile) err_ << r.error.report;
        else if (r.error.kind == ErrorKind::Interrupted) err_ << "interrupted" << where(r.error.report) << "\n";
        if (r.exited) exit_ = r.exitCode;  // os.Exit leaves the REPL
        else if (r.stateLost) err_ << "(the session's state is gone: it starts afresh)\n";
        out_.flush();
        err_.flush();
        return r;
    }

    // " at input3:2" from a report's first frame, or nothing.
    static std::string where(const std::string& report) {
        size_t tab = report.find("\n\t");
        if (tab == std::string::npos) return "";
        size_t end = report.find('\n', tab + 2);
        return " at " + report.substr(tab + 2, end == std::string::npos ? std::string::npos : end - tab - 2);
    }

    // A : command; false to leave.
    bool command(const std::string& text) {
        size_t space = text.find_first_of(" \t\n");
        std::string name = text.substr(1, space == std::string::npos ? std::string::npos : space - 1);
        std::string arg = space == std::string::npos ? std::string() : trim(text.substr(space));
        auto needs = [&](const char* what) {
            if (!arg.empty()) return true;
            err_ << ":" << name << " wants " << what << "\n";
            return false;
        };
        if (name == "quit" || name == "q" || name == "exit") return false;
        if (name == "help" || name == "h" || name == "?") {
            out_ << kHelp;
        } else if (name == "type" || name == "t") {
            if (!needs("an expression")) return true;
            TypeReport t = session_.typeOf(arg);
            if (t.error) {
                err_ << t.error.report;
            } else {
                for (size_t k = 0; k < t.types.size(); ++k) out_ << (k ? ", " : "") << t.types[k];
                out_ << "\n";
            }
        } else if (name == "doc") {
            if (!needs("a name such as strings.Repeat")) return true;
            std::string d = session_.describe(arg);
            if (d.empty()) err_ << arg << ": no such declaration\n";
            else out_ << d << "\n";
        } else if (name == "disasm") {
            if (!needs("a function's name")) return true;
            std::string d = session_.disassemble(arg);
            if (d.empty()) err_ << arg << ": no such function\n";
            else out_ << d;
        } else if (name == "map") {
            if (!needs("a map")) return true;
            evaluate("_, _ = fmt.Print(inspect.DrawMap(" + arg + "))");
        } else if (name == "slice") {
            if (!needs("a slice")) return true;
            slice(arg);
        } else if (name == "mem") {
            mem();
        } else if (name == "gc") {
            evaluate("runtime.GC()");
        } else if (name == "load") {
            if (!needs("a file")) return true;
            std::string source, why;
            if (!readSource(arg, source, why)) err_ << "cannot read " << arg << ": " << why << "\n";
            else evaluate(source);
        } else if (name == "reset") {
            session_.reset();
            lastMem_.clear();
        } else {
            err_ << "unknown command :" << name << " (:help lists them)\n";
        }
        out_.flush();
        err_.flush();
        return true;
    }

    // :slice — the header, then every variable of a slice type whose array it shares.
    void slice(const std::string& expr) {
        // the literal's own names end in __, so that no variable of the session hides behind them
        std::string go = "_ = func(s__ any) int {\n"
                         "\ti__ := inspect.Slice(s__)\n"
                         "\tfmt.Printf(\"data %#x  len %d  cap %d  (%d-byte elements)\\n\", i__.Data, i__.Len, i__.Cap, i__.ElemSize)\n";
        for (const SessionVariable& v : session_.variables()) {
            if (v.type.rfind("[]", 0) != 0 || v.name == expr) continue;
            go += "\tif shared, from, to := inspect.Overlap(s__, " + v.name + "); shared {\n"
                  "\t\tif from < to {\n"
                  "\t\t\tfmt.Printf(\"shares its array with " + v.name + ": elements [%d:%d] are " + v.name + "'s too\\n\", from, to)\n"
                  "\t\t} else {\n"
                  "\t\t\tfmt.Println(\"shares its array with " + v.name + " (no element in common)\")\n"
                  "\t\t}\n"
                  "\t}\n";
        }
        go += "\treturn 0\n}(" + expr + ")";
        evaluate(go);
    }

    // :mem — the collector's figures, and the change since the last :mem.
    void mem() {
        EvalResult r = evaluate(
            "func() (uint64, uint64, uint32) {\n"
            "\tvar m runtime.MemStats\n"
            "\truntime.ReadMemStats(&m)\n"
            "\treturn m.HeapAlloc, m.HeapObjects, m.NumGC\n"
            "}()",
            false);
        if (r.error || r.values.size() != 3) return;
        const char* names[] = {"heap in use", "objects", "collections"};
        const char* units[] = {" bytes", "", ""};
        std::vector<long long> now;
        for (const ShownValue& v : r.values) now.push_back(std::atoll(v.text.c_str()));
        for (size_t k = 0; k < now.size(); ++k) {
            out_ << names[k] << ": " << now[k] << units[k];
            if (lastMem_.size() == now.size()) {
                long long d = now[k] - lastMem_[k];
                out_ << " (" << (d >= 0 ? "+" : "") << d << ")";
            }
            out_ << "\n";
        }
        lastMem_ = now;
    }

    bool interactive_;
    std::ostream& out_;
    std::ostream& err_;
    Session session_;
    std::string history_;
    std::vector<long long> lastMem_;
    int exit_ = -1;  // the status os.Exit gave
};

}  // namespace

int runRepl(bool interactive, std::ostream& out, std::ostream& err) {
    struct sigaction sa {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: Ctrl-C ends the prompt's read
    struct sigaction old {};
    sigaction(SIGINT, &sa, &old);
    // Only this thread takes SIGINT: the session's and the collector's
    // threads, made now, inherit it blocked. So Ctrl-C lands here at once,
    // in the prompt's read, before any key typed after it.
    sigset_t interruptOnly, previous;
    sigemptyset(&interruptOnly);
    sigaddset(&interruptOnly, SIGINT);
    pthread_sigmask(SIG_BLOCK, &interruptOnly, &previous);
    int status;
    {
        Repl repl(interactive, out, err);
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        status = repl.loop();
    }
    sigaction(SIGINT, &old, nullptr);
    return status;
}

bool stdinIsTerminal() { return isatty(STDIN_FILENO) == 1; }

}  // namespace gos
