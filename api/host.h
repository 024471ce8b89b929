// Host packages: Go packages whose members a host provides (gos/bind.hpp),
// declared to the checker like the standard library's.
#pragma once

#include <gos/bind.hpp>

#include <deque>
#include <map>
#include <string>
#include <vector>

#include "compiler/checker.h"
#include "stdlib/stdlib.h"
#include "vm/program.h"

namespace gos::api {

// The host packages and withheld standard packages of one compilation. It
// must live as long as the program compiled with it: the program's natives
// point into it.
class HostPackages {
public:
    HostPackages(std::vector<Package> packages, std::vector<std::string> withheld);

    // The loader for the compilation's checker: a host package by path (or
    // a script's bare name), a withheld standard package as unavailable,
    // else the standard library's. A host package that describes an
    // impossible Go declaration (a map keyed by a slice, a name declared
    // twice) throws std::invalid_argument.
    check::PackageLoader loader(vm::Program& program, check::Info& info);

    // What a host function's native finds in Native::data.
    struct Function {
        const Package::Member* member;
        types::Func* signature;
        std::string name;                  // db.Lookup, db.(*Conn).Query
        types::Type* receiver = nullptr;  // a method's: *db.Conn
    };
    struct Variable {
        const Package::Member* member;
        types::Type* type;
    };

private:
    check::Package* declare(const Package& p, vm::Program& program, check::Info& info);
    void declareTypes(types::TypeTable& tt, vm::Program& program);
    void declareMethod(const Package& p, const Package::Member& m, stdlib::PackageBuilder& b, const std::string& where);
    // declaring: the struct whose named type is being completed (described, not looked up)
    types::Type* goType(const TypeRef& t, types::TypeTable& tt, const std::string& where,
                        const Type* declaring = nullptr);

    std::vector<Package> packages_;
    std::vector<std::string> withheld_;
    std::deque<Function> functions_;
    std::deque<Variable> variables_;
    std::map<std::string, types::Named*> named_;  // struct identity -> the named type declared for it
    struct Handle {
        types::Named* named;
        const Package* package;  // that declares it
    };
    std::map<std::string, Handle> handles_;  // handle identity -> its type
    bool typesDeclared_ = false;
};

}  // namespace gos::api
