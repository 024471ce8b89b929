// The C++ API (include/gos/gos.hpp) over the pipeline and the VM.
//
// This file is the boundary: what crosses it is the public types only. A
// Script owns its compilation (the source, the program the VM runs, the
// checker's record, which the program's library types came from, and the
// host packages its natives point into); a Runtime owns its Config, the
// interrupt flag a run watches, and the state of the last run (a VM kept
// for call()). Compilations run on a large stack of their own
// (support::runOnLargeStack); a runtime's runs and calls all run on its
// one thread (support::StackThread), so that the fibers of goroutines a
// run left blocked are only ever resumed where they were made. Every
// exception the internals use is caught here and turned into an Error:
// none reaches the host.
//
// Threads: runtimes are independent, and run at the same time on as many
// host threads as the host likes (the collector's heap is the one shared
// thing, and it is made for threads). One runtime's own operations take
// turns (Impl::turn), so a host may share one between threads too;
// Runtime::interrupt takes no lock.
#include <gos/gos.hpp>

#include <sys/stat.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>

#include <gc/gc_allocator.h>

#include "api/outcome.h"
#include "api/pipeline.h"
#include "api/values.h"
#include "parser/ast_printer.h"
#include "support/stack.h"
#include "vm/vm.h"

namespace gos {

const char* version() { return GOS_VERSION_STRING; }

bool readSource(const std::string& path, std::string& text, std::string& why) {
    constexpr size_t kMaxSourceBytes = size_t(1) << 30;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
        struct stat st;
        if (stat(path.c_str(), &st) != 0) {
            why = std::strerror(errno);
            return false;
        }
        if (S_ISDIR(st.st_mode)) {
            why = "is a directory";
            return false;
        }
        file.open(path, std::ios::binary);
        if (!file) {
            why = std::strerror(errno);
            return false;
        }
        in = &file;
    }
    char buf[1 << 16];
    while (in->read(buf, sizeof buf) || in->gcount() > 0) {
        if (text.size() + static_cast<size_t>(in->gcount()) > kMaxSourceBytes) {
            why = "file too large";
            return false;
        }
        text.append(buf, static_cast<size_t>(in->gcount()));
    }
    if (in->bad()) {
        why = "read error";
        return false;
    }
    return true;
}


// ---- Script ----

struct Script::Impl {
    std::unique_ptr<SourceFile> source;
    Compilation compilation;
};

Script::Script(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Script::~Script() = default;

const std::string& Script::name() const { return impl_->source->name(); }

std::string Script::disassembly() const {
    std::string out;
    const vm::Program& program = *impl_->compilation.program;
    for (const auto& f : program.functions) out += vm::disassemble(program, *f) + "\n";
    return out;
}

// ---- Runtime ----

struct Runtime::Impl {
    Config config;
    std::atomic<bool> interrupt{false};
    std::mutex turn;  // one operation of this runtime at a time
    // The last run's script and state, kept for call(); the VM lives and
    // runs on the runtime's own thread only.
    support::StackThread thread;
    std::shared_ptr<const Script> script;
    std::unique_ptr<vm::VM> machine;
    Error lost;  // why the state is gone, when it is

    // An exception the VM does not know came through it (a sink that
    // threw): the run is over and its state cannot be trusted, so it is
    // dropped.
    Error abandon(std::exception_ptr e) {
        std::string what = "an exception";
        try {
            std::rethrow_exception(e);
        } catch (const std::exception& x) {
            what = x.what();
        } catch (...) {
        }
        lost = internalError(ErrorKind::Fatal, "fatal error: a host callback threw: " + what);
        try {
            thread.run([&] { machine.reset(); });
        } catch (...) {
            machine.release();  // its destructor failed too: leak it rather than end the host
        }
        return lost;
    }

    // How the VM's last run or invoke ended, as an Error.
    Error outcomeError() const { return gos::outcomeError(machine->outcome()); }
};

Runtime::Runtime(Config config) : impl_(std::make_unique<Impl>()) { impl_->config = std::move(config); }

Runtime::~Runtime() {
    if (impl_->machine) {
        std::lock_guard<std::mutex> turn(impl_->turn);
        impl_->thread.run([&] { impl_->machine.reset(); });
    }
}

const Config& Runtime::config() const { return impl_->config; }

void Runtime::interrupt() { impl_->interrupt.store(true, std::memory_order_relaxed); }

Compiled Runtime::compile(std::string_view name, std::string_view source) {
    Compiled out;
    try {
        auto impl = std::make_unique<Script::Impl>();
        impl->source = std::make_unique<SourceFile>(std::string(name), std::string(source));
        Diagnostics diags(impl->source->name());
        std::shared_ptr<api::HostPackages> host;
        const Config& c = impl_->config;
        if (!c.packages.empty() || !c.withheldPackages.empty())
            host = std::make_shared<api::HostPackages>(c.packages, c.withheldPackages);
        support::runOnLargeStack([&] { impl->compilation = compileSource(*impl->source, diags, false, host); });
        if (!impl->compilation.ok) {
            out.error = compileError(diags);
            return out;
        }
        out.script = std::make_shared<const Script>(std::move(impl));
    } catch (const std::bad_alloc&) {
        out.error = internalError(ErrorKind::Compile, "out of memory compiling " + std::string(name));
    } catch (const std::invalid_argument& e) {
        out.error = internalError(ErrorKind::Compile, e.what());
    }
    return out;
}

Compiled Runtime::compileFile(const std::string& path) {
    std::string text, why;
    bool read;
    if (const auto& loader = impl_->config.sourceLoader) {
        try {
            read = loader(path, text, why);
        } catch (const std::exception& e) {
            read = false, why = e.what();
        } catch (...) {
            read = false, why = "the source loader failed";
        }
    } else {
        read = readSource(path, text, why);
    }
    if (!read) {
        Compiled out;
        out.error = internalError(ErrorKind::Io, "cannot read " + path + ": " + why);
        out.error.file = path;
        return out;
    }
    return compile(path == "-" ? "<stdin>" : path, text);
}

RunResult Runtime::run(const Script& script) {
    RunResult result;
    Impl& rt = *impl_;
    rt.interrupt.store(false, std::memory_order_relaxed);
    try {
        std::lock_guard<std::mutex> turn(rt.turn);
        rt.thread.run([&] {
            rt.machine.reset();
            rt.script = script.shared_from_this();
            rt.machine = std::make_unique<vm::VM>(*script.impl().compilation.program, vmConfig(rt.config, script.name(), &rt.interrupt));
            result.exitStatus = rt.machine->run();
            result.error = rt.outcomeError();
            rt.lost = result.error;
        });
    } catch (const std::bad_alloc&) {
        result.exitStatus = 2;
        result.error = internalError(ErrorKind::Fatal, "fatal error: runtime: out of memory");
        rt.lost = result.error;
    } catch (...) {
        result.exitStatus = 2;
        result.error = rt.abandon(std::current_exception());
    }
    return result;
}

CallResult Runtime::call(std::string_view name, const std::vector<Value>& args) {
    CallResult result;
    Impl& rt = *impl_;
    rt.interrupt.store(false, std::memory_order_relaxed);
    auto refuse = [&](std::string why) {
        result.error = internalError(ErrorKind::Call, "call " + std::string(name) + ": " + why);
        return result;
    };
    std::unique_lock<std::mutex> turn(rt.turn);
    if (!rt.machine)
        return refuse(rt.lost ? "the script's state is gone (" + rt.lost.message + ")" : "no script has run in this runtime");
    if (!rt.machine->intact()) return refuse("the script's state is gone (" + rt.lost.message + ")");
    const vm::Program& program = *rt.script->impl().compilation.program;
    auto it = program.exports.find(name);
    if (it == program.exports.end()) return refuse("the script declares no function " + std::string(name));
    const vm::Export& fn = it->second;
    if (args.size() != fn.signature->params.size())
        return refuse(std::to_string(args.size()) + " arguments given, " + std::to_string(fn.signature->params.size()) +
                      " wanted");
    // Converting the arguments and results runs in the VM too: it may meet
    // the heap limit, or an Error method that blocks or ends the program.
    // The VM is then left mid-way, and the state is dropped.
    auto lostInConversion = [&](Error e) {
        rt.lost = e;
        result.error = e;
        result.results.clear();
        rt.machine.reset();
    };
    try {
        rt.thread.run([&] {
            try {
                vm::VM& machine = *rt.machine;
                size_t argSlots = 0, resultSlots = 0;
                for (types::Type* t : fn.signature->params) argSlots += static_cast<size_t>(types::slotsOf(t));
                for (types::Type* t : fn.signature->results) resultSlots += static_cast<size_t>(types::slotsOf(t));
                // slots the collector scans: the arguments hold Go memory before the call starts
                std::vector<uint64_t, traceable_allocator<uint64_t>> in(argSlots, 0), out(resultSlots, 0);
                size_t at = 0;
                for (size_t k = 0; k < args.size(); ++k) {
                    types::Type* t = fn.signature->params[k];
                    try {
                        api::writeSlots(machine, t, args[k], in.data() + at);
                    } catch (const ConversionError& e) {
                        refuse("argument " + std::to_string(k + 1) + ": " + e.what());
                        return;
                    }
                    at += static_cast<size_t>(types::slotsOf(t));
                }
                machine.invoke(fn.function, in, out);
                result.error = rt.outcomeError();
                if (result.error) {
                    if (!machine.intact()) rt.lost = result.error;
                    return;
                }
                at = 0;
                for (types::Type* t : fn.signature->results) {
                    try {
                        result.results.push_back(api::readSlots(machine, t, out.data() + at));
                    } catch (const ConversionError& e) {
                        refuse("result " + std::to_string(result.results.size() + 1) + ": " + e.what());
                        result.results.clear();
                        return;
                    }
                    at += static_cast<size_t>(types::slotsOf(t));
                }
            } catch (const vm::GoFatal& f) {
                lostInConversion(internalError(errorKind(f.kind), "fatal error: " + f.message));
            } catch (const vm::GoPanic&) {
                lostInConversion(internalError(ErrorKind::Panic, "panic: converting a value for call " + std::string(name)));
            } catch (const vm::PanicUnwind&) {
                lostInConversion(internalError(ErrorKind::Panic, "panic: converting a value for call " + std::string(name)));
            }
        });
    } catch (const std::bad_alloc&) {
        result.error = internalError(ErrorKind::Fatal, "fatal error: runtime: out of memory");
    } catch (...) {
        result.error = rt.abandon(std::current_exception());
    }
    return result;
}

// ---- tooling ----

CheckReport checkSource(std::string_view name, std::string_view source, const CheckOptions& options) {
    CheckReport report;
    try {
        SourceFile file{std::string(name), std::string(source)};
        Diagnostics diags(file.name());
        support::runOnLargeStack([&] {
            Compilation c = compileSource(file, diags, options.syntaxOnly);
            if (options.printTree && c.ast) {
                try {
                    report.tree = ast::printTree(c.ast->file);
                } catch (const support::NestingTooDeep& n) {
                    diags.error({n.line, n.col}, "too deeply nested");
                }
            }
            if (options.escapes && c.info) {
                Diagnostics escapes(file.name());
                for (auto& [pos, msg] : c.info->escapes) escapes.error(pos, msg);
                report.escapes = escapes.format();
            }
        });
        if (!diags.empty()) report.error = compileError(diags);
    } catch (const std::bad_alloc&) {
        report.error = internalError(ErrorKind::Compile, "out of memory checking " + std::string(name));
    }
    return report;
}

}  // namespace gos
