// Sessions: Go source evaluated one input at a time (the REPL's engine).
//
// A session is one growing compilation and one VM that outlives its
// inputs. Each input is parsed as a script, checked against what earlier
// inputs declared (check::checkInput: their names, replaced by a later
// declaration of the same name), compiled into the same program
// (codegen::Session: new functions, and a globals area of the input's own,
// so that nothing earlier code points into moves), and its top level run
// on the main goroutine by VM::invoke, which adopts what the program
// gained. Goroutines an input starts stay, and run whenever a later input
// runs.
//
// What a failure leaves:
//   - a compile error: nothing (the checker takes back what it added; the
//     functions it described are dropped before the next input's code);
//   - a panic, an interrupt, a time or step limit: the state as the input
//     left it, except that the names the input declared are taken back, so
//     `x := f()` with a panicking f leaves the earlier x in place;
//   - os.Exit, a fatal error, another limit: the state is gone, and the
//     session starts afresh (EvalResult::stateLost says so).
//
// Every syntax tree stays alive as long as the session: the checker's
// objects and the program's line tables refer into them.
#include <gos/gos.hpp>

#include <pthread.h>

#include <algorithm>
#include <csignal>
#include <atomic>
#include <cctype>
#include <cstring>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include "api/host.h"
#include "api/outcome.h"
#include "compiler/codegen.h"
#include "compiler/emitter.h"
#include "parser/parse.h"
#include "stdlib/stdlib.h"
#include "support/stack.h"
#include "vm/vm.h"

namespace gos {

namespace {

// The idle function's question: has the host come back?
void nIdleOver(vm::VM& vm, uint64_t* a) {
    a[0] = static_cast<const std::atomic<bool>*>(vm.runningNative().data)->load(std::memory_order_relaxed);
}

}  // namespace

struct Session::Impl {
    Config config;
    std::atomic<bool> interrupt{false};
    std::mutex turn;  // one operation of this session at a time
    support::StackThread thread;
    // Running in the background (runInBackground): a host thread making
    // the main goroutine run the idle function, which sleeps until
    // idleOver, so that the other goroutines run meanwhile.
    bool background = false;
    std::atomic<bool> idleOver{false};
    std::thread idler;
    std::optional<Error> lostInBackground;  // what ended the state while idling (os.Exit: no error), for the next eval

    // the session's state, made afresh by start()
    struct State {
        std::shared_ptr<api::HostPackages> host;
        std::unique_ptr<vm::Program> program = std::make_unique<vm::Program>();
        std::unique_ptr<check::Info> info = std::make_unique<check::Info>();
        check::SessionState scope;
        check::PackageLoader loader;
        std::unique_ptr<codegen::Session> gen;
        std::vector<std::unique_ptr<SourceFile>> sources;
        std::vector<std::unique_ptr<ast::Ast>> trees;
        std::unique_ptr<vm::VM> machine;
        std::vector<ShownValue> shown;  // what the running input showed
        stdlib::ShowSink sink;
        int inputs = 0;
        int32_t idle = -1;  // the idle function, made on first use (-2: it cannot be)
    };
    std::unique_ptr<State> state;

    void start() {
        auto s = std::make_unique<State>();
        if (!config.packages.empty() || !config.withheldPackages.empty())
            s->host = std::make_shared<api::HostPackages>(config.packages, config.withheldPackages);
        s->loader = s->host ? s->host->loader(*s->program, *s->info) : stdlib::loader(*s->program, *s->info);
        s->gen = std::make_unique<codegen::Session>(*s->info, *s->program);
        State* raw = s.get();
        s->sink = [raw](std::string text, std::string type) { raw->shown.push_back({std::move(text), std::move(type)}); };
        s->program->showNative = stdlib::addShowNative(*s->program, &s->sink);
        vm::VMConfig vc = vmConfig(config, "input", &interrupt);
        vc.keepStateOnStop = true;
        s->machine = std::make_unique<vm::VM>(*s->program, std::move(vc));
        state.reset();  // the old VM first: it runs on the program it was made for
        state = std::move(s);
    }

    // Parses an input; the tree is kept (the Info will refer into it)
    // whatever happens. Null and diags set when it has errors.
    const ast::File* parse(std::string_view text, Diagnostics& diags) {
        State& s = *state;
        std::string name = "input" + std::to_string(++s.inputs);
        s.sources.push_back(std::make_unique<SourceFile>(name, std::string(text)));
        ParseOptions options;
        options.allowScript = true;
        s.trees.push_back(parseFile(*s.sources.back(), diags, options));
        return diags.empty() ? &s.trees.back()->file : nullptr;
    }

    // Checks a parsed input. False and diags set when it has errors; on
    // success the names it declared are the session's.
    bool check(const ast::File& file, Diagnostics& diags) {
        State& s = *state;
        const size_t functions = s.info->functions.size(), inits = s.info->inits.size();
        if (!check::checkInput(file, diags, *s.program->types, s.loader, *s.info, s.scope)) {
            // described, never to be compiled
            s.info->functions.resize(functions);
            s.info->inits.resize(inits);
            return false;
        }
        return true;
    }

    // The idle function: `for !over() { time.Sleep(2ms) }` in bytecode, so
    // that the main goroutine sleeps and the others run; none when the
    // host withheld time.
    int32_t idleFunction() {
        State& s = *state;
        if (s.idle != -1) return s.idle;
        s.idle = -2;
        check::Package* time = s.loader("time", *s.program->types);
        if (!time || time->unavailable) return s.idle;
        auto sleep = time->members.find("Sleep");
        if (sleep == time->members.end() || sleep->second->native < 0) return s.idle;
        s.program->natives.push_back({"session.idleOver", nIdleOver, false, &idleOver});
        auto over = static_cast<int64_t>(s.program->natives.size() - 1);
        auto fn = std::make_unique<vm::Function>();
        fn->name = "runtime.idle";  // hidden in tracebacks, as the runtime's own
        fn->file = "<session>";
        fn->frameSlots = 2;
        codegen::Emitter out(fn.get());
        size_t top = out.here();
        out.loadInt(0, 2000000);  // 2 ms: the longest the host waits for the session
        out.emit(vm::Op::CALLN, 0, sleep->second->native);
        out.emit(vm::Op::CALLN, 1, over);
        size_t done = out.jump(vm::Op::JT, 1);
        out.patchJump(out.jump(), top);
        out.patchJump(done, out.here());
        out.emit(vm::Op::RET, 0, 0);
        s.program->functions.push_back(std::move(fn));
        s.idle = static_cast<int32_t>(s.program->functions.size() - 1);
        return s.idle;
    }

    // Stops running in the background, until resume().
    void pause() {
        if (!idler.joinable()) return;
        idleOver.store(true, std::memory_order_relaxed);
        idler.join();
        idleOver.store(false, std::memory_order_relaxed);
    }

    // Runs the goroutines in the background again, if the host asked for
    // it and there are any besides main.
    void resume() {
        if (!background || idler.joinable() || !state || state->machine->liveGoroutines() < 2) return;
        // the library's thread takes none of the host's signals (a REPL's
        // Ctrl-C must reach the thread that reads the terminal)
        sigset_t all, previous;
        sigfillset(&all);
        pthread_sigmask(SIG_BLOCK, &all, &previous);
        try {
            idler = std::thread([this] { idle(); });
        } catch (const std::system_error&) {
            // no thread to be had: the goroutines run when the inputs do
        }
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    }

    // The idler's work: the idle function on the main goroutine, until
    // pause() says the host is back.
    void idle() {
        std::lock_guard<std::mutex> hold(turn);
        Error failed = onThread([&] {
            int32_t fn = idleFunction();
            if (fn < 0) return;
            State& s = *state;
            s.machine->invoke(fn, {}, {});
            if (!s.machine->intact()) {
                lostInBackground = outcomeError(s.machine->outcome());
                start();
            }
        });
        if (failed) {
            lostInBackground = failed;
            onThread([&] { start(); });
        }
    }

    // Every operation of the session runs with the background paused.
    struct Quiet {
        Impl& impl;
        explicit Quiet(Impl& i) : impl(i) { impl.pause(); }
        ~Quiet() { impl.resume(); }
    };

    // Runs fn on the session's thread, turning what escapes into an Error.
    Error onThread(const std::function<void()>& fn) {
        try {
            thread.run(fn);
        } catch (const std::bad_alloc&) {
            return internalError(ErrorKind::Fatal, "fatal error: runtime: out of memory");
        } catch (const support::NestingTooDeep& n) {
            return internalError(ErrorKind::Compile, "input:" + std::to_string(n.line) + ":" + std::to_string(n.col) +
                                                         ": too deeply nested");
        } catch (const std::exception& e) {
            return internalError(ErrorKind::Fatal, std::string("fatal error: a host callback threw: ") + e.what());
        }
        return {};
    }

    // A query of the session: with the background paused, the session's
    // turn taken, and fn run on its thread.
    Error query(const std::function<void(State&)>& fn) {
        Quiet quiet(*this);
        std::lock_guard<std::mutex> hold(turn);
        return onThread([&] { fn(*state); });
    }
};

Session::Session(Config config) : impl_(std::make_unique<Impl>()) {
    impl_->config = std::move(config);
    impl_->thread.run([&] { impl_->start(); });
}

Session::~Session() {
    impl_->background = false;
    impl_->pause();
    std::lock_guard<std::mutex> turn(impl_->turn);
    try {
        impl_->thread.run([&] { impl_->state.reset(); });
    } catch (...) {
        impl_->state.release();  // its destructor failed: leak it rather than end the host
    }
}

const Config& Session::config() const { return impl_->config; }

void Session::interrupt() { impl_->interrupt.store(true, std::memory_order_relaxed); }

void Session::reset() {
    Impl::Quiet quiet(*impl_);
    std::lock_guard<std::mutex> turn(impl_->turn);
    impl_->thread.run([&] { impl_->start(); });
    impl_->lostInBackground.reset();
}

void Session::runInBackground(bool on) {
    impl_->background = on;
    if (on) impl_->resume();
    else impl_->pause();
}

EvalResult Session::eval(std::string_view input) {
    EvalResult result;
    Impl& impl = *impl_;
    Impl::Quiet quiet(impl);
    std::lock_guard<std::mutex> turn(impl.turn);
    impl.interrupt.store(false, std::memory_order_relaxed);
    if (impl.lostInBackground) {
        // a goroutine ended the state while the host was away
        result.stateLost = true;
        impl.lostInBackground.reset();
    }
    Error failed = impl.onThread([&] {
        Impl::State& s = *impl.state;
        Diagnostics diags("input" + std::to_string(s.inputs + 1));
        const auto before = s.scope.names.names;  // taken back if the input fails at run time
        const ast::File* file = impl.parse(input, diags);
        if (!file || !impl.check(*file, diags)) {
            result.error = compileError(diags);
            return;
        }
        if (!s.gen->compile(*file, s.sources.back()->name(), diags)) {
            s.scope.names.names = before;  // checked, but its code could not be made
            result.error = compileError(diags);
            return;
        }
        s.shown.clear();
        s.machine->invoke(s.program->entry, {}, {});
        const vm::Outcome& o = s.machine->outcome();
        result.values = std::move(s.shown);
        s.shown.clear();
        result.error = outcomeError(o);
        if (result.error) s.scope.names.names = before;
        if (o.kind == vm::Outcome::Kind::Exited) {
            result.exited = true;
            result.exitCode = o.status;
        }
        if (!s.machine->intact()) {
            result.stateLost = true;
            impl.start();
        }
    });
    if (failed) {
        result.error = failed;
        result.stateLost = true;
        impl.onThread([&] { impl.start(); });
    }
    return result;
}

TypeReport Session::typeOf(std::string_view expr) {
    TypeReport out;
    Impl& impl = *impl_;
    Error failed = impl.query([&](Impl::State& s) {
        Diagnostics diags("input" + std::to_string(s.inputs + 1));
        const ast::File* file = impl.parse(expr, diags);
        if (!file) {
            out.error = compileError(diags);
            return;
        }
        // one expression, which declares nothing
        const ast::ExprStmt* stmt = nullptr;
        if (file->items.size == 1 && file->items[0]->kind == ast::Kind::ExprStmt)
            stmt = static_cast<const ast::ExprStmt*>(file->items[0]);
        if (!stmt) {
            out.error = internalError(ErrorKind::Compile, std::string(expr) + " is not an expression");
            return;
        }
        const size_t functions = s.info->functions.size(), inits = s.info->inits.size();
        bool ok = impl.check(*file, diags);
        // checked only: no code is made for what it described
        s.info->functions.resize(functions);
        s.info->inits.resize(inits);
        if (!ok) {
            out.error = compileError(diags);
            return;
        }
        const check::TypeAndValue* tv = s.info->typeOf(stmt->x);
        if (!tv || !tv->type || !s.info->shown.count(stmt)) {
            out.error = internalError(ErrorKind::Compile, std::string(expr) + " has no value");
            return;
        }
        if (tv->type->kind == types::Kind::Tuple) {
            for (types::Type* t : static_cast<types::Tuple*>(tv->type)->types) out.types.push_back(types::typeString(t, true));
        } else {
            out.types.push_back(types::typeString(tv->type, true));
        }
    });
    if (failed) out.error = failed;
    return out;
}

namespace {

// A package-level object as a declaration: "func(s string, count int) string" has no names here.
std::string declaration(const check::Object* o, std::string_view qualified) {
    std::string type = o->type ? types::typeString(o->type, true) : "";
    switch (o->kind) {
        case check::Object::Kind::Func: return "func " + std::string(qualified) + type.substr(4);
        case check::Object::Kind::Var: return "var " + std::string(qualified) + " " + type;
        case check::Object::Kind::Const:
            return "const " + std::string(qualified) + " " + type + " = " + constant::toString(o->value);
        case check::Object::Kind::TypeName:
            return "type " + std::string(qualified) + " " +
                   (o->type ? types::typeString(types::underlying(o->type), true) : std::string());
        case check::Object::Kind::Builtin: return "func " + std::string(qualified) + " (built-in)";
        case check::Object::Kind::PkgName: return "package " + std::string(qualified);
        default: return std::string(qualified);
    }
}

}  // namespace

std::vector<std::string> Session::completions(std::string_view prefix) {
    std::vector<std::string> out;
    Impl& impl = *impl_;
    impl.query([&](Impl::State& s) {
        size_t dot = prefix.rfind('.');
        if (dot != std::string_view::npos) {
            // pkg.Member: the package the session knows by that name, or the standard one
            std::string pkgName(prefix.substr(0, dot));
            std::string_view member = prefix.substr(dot + 1);
            check::Package* pkg = nullptr;
            if (const check::Object* o = s.scope.names.lookupLocal(pkgName); o && o->kind == check::Object::Kind::PkgName)
                pkg = o->package;
            else if (auto it = s.scope.importedByName.find(pkgName); it != s.scope.importedByName.end())
                pkg = it->second;
            else
                pkg = s.loader(pkgName, *s.program->types);
            if (!pkg || pkg->unavailable) return;
            for (auto& [name, obj] : pkg->members)
                if (name.compare(0, member.size(), member) == 0 && !name.empty() && std::isupper(static_cast<unsigned char>(name[0])))
                    out.push_back(pkgName + "." + name);
            return;
        }
        auto add = [&](std::string_view name) {
            if (name.compare(0, prefix.size(), prefix) == 0 && name != "_") out.emplace_back(name);
        };
        for (auto& [name, obj] : s.scope.names.names) add(name);
        for (auto& [name, obj] : s.scope.universe.names) add(name);
        for (std::string_view path : stdlib::packagePaths()) {
            std::string_view name = path.substr(path.rfind('/') + 1);
            if (!s.host || s.loader(name, *s.program->types)) add(name);
        }
        for (const Package& p : impl.config.packages) add(p.path().substr(p.path().rfind('/') + 1));
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string Session::describe(std::string_view name) {
    std::string out;
    impl_->query([&](Impl::State& s) {
        size_t dot = name.find('.');
        if (dot == std::string_view::npos) {
            const check::Object* o = s.scope.names.lookupLocal(name);
            if (!o) o = s.scope.universe.lookupLocal(name);
            if (o) out = declaration(o, name);
            return;
        }
        std::string pkgName(name.substr(0, dot));
        check::Package* pkg = s.loader(pkgName, *s.program->types);
        if (!pkg || pkg->unavailable) return;
        auto it = pkg->members.find(name.substr(dot + 1));
        if (it != pkg->members.end()) out = declaration(it->second, name);
    });
    return out;
}

std::string Session::disassemble(std::string_view function) {
    std::string out;
    impl_->query([&](Impl::State& s) {
        const vm::Program& p = *s.program;
        std::string want = "main." + std::string(function);
        // the latest function of that name (a redeclaration replaced the
        // others), the method itself before the wrapper an interface calls
        const vm::Function* found = nullptr;
        for (size_t k = p.functions.size(); k-- > 0;) {
            const vm::Function& f = *p.functions[k];
            if (f.name != want && f.name != function) continue;
            if (!f.wrapper) {
                found = &f;
                break;
            }
            if (!found) found = &f;
        }
        if (found) out = vm::disassemble(p, *found);
    });
    return out;
}

std::vector<SessionVariable> Session::variables() {
    std::vector<SessionVariable> out;
    impl_->query([&](Impl::State& s) {
        for (auto& [name, obj] : s.scope.names.names)
            if (obj->kind == check::Object::Kind::Var && obj->type)
                out.push_back({std::string(name), types::typeString(obj->type, true)});
    });
    std::sort(out.begin(), out.end(), [](const SessionVariable& a, const SessionVariable& b) { return a.name < b.name; });
    return out;
}

bool Session::complete(std::string_view input) {
    int depth = 0;
    size_t i = 0, n = input.size();
    char last = 0, beforeLast = 0;  // the last two characters of code (not comments or spaces)
    size_t lastAt = 0;              // where the last one is
    auto code = [&](char c) {
        beforeLast = last;
        last = c;
        lastAt = i;
    };
    while (i < n) {
        char c = input[i];
        if (c == '/' && i + 1 < n && input[i + 1] == '/') {
            while (i < n && input[i] != '\n') ++i;
        } else if (c == '/' && i + 1 < n && input[i + 1] == '*') {
            size_t end = input.find("*/", i + 2);
            if (end == std::string_view::npos) return false;
            i = end + 2;
        } else if (c == '`') {
            size_t end = input.find('`', i + 1);
            if (end == std::string_view::npos) return false;
            i = end + 1;
            code('`');
        } else if (c == '"' || c == '\'') {
            // an interpreted string or rune ends at its quote or at the line's end (an error the parser reports)
            ++i;
            while (i < n && input[i] != c && input[i] != '\n') i += input[i] == '\\' ? 2 : 1;
            ++i;
            code(c);
        } else {
            if (c == '(' || c == '[' || c == '{') ++depth;
            else if (c == ')' || c == ']' || c == '}') --depth;
            if (!std::isspace(static_cast<unsigned char>(c))) code(c);
            ++i;
        }
    }
    if (depth > 0) return false;
    // a line ending in a binary operator, a comma or a dot goes on (Go puts
    // no semicolon there); x++ and x-- end
    if ((last == '+' || last == '-') && beforeLast == last) return true;
    if (last == '.') {
        // 1. is a number (complete); x. and f(). go on to a member
        size_t start = lastAt;
        while (start > 0 && (std::isalnum(static_cast<unsigned char>(input[start - 1])) || input[start - 1] == '_')) --start;
        if (start < lastAt && std::isdigit(static_cast<unsigned char>(input[start]))) return true;
    }
    return !(last && std::strchr("+-*/%&|^<>=!,.:", last));
}

}  // namespace gos
