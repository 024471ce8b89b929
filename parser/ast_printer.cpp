#include "parser/ast_printer.h"

#include "support/stack.h"

namespace gos::ast {

namespace {

class Printer {
public:
    std::string out;

    void file(const File& f) {
        out += "File";
        if (f.package) out += " package " + std::string(f.package->name);
        else out += " script";
        out += '\n';
        for (GenDecl* d : f.imports) node(d, 1, nullptr);
        for (Node* n : f.items) node(n, 1, nullptr);
    }

    void node(const Node* n, int depth, const char* label) {
        if (!n) return;
        if (support::stackExhausted()) throw support::NestingTooDeep{n->pos.line, n->pos.col};
        out.append(static_cast<size_t>(depth) * 2, ' ');
        if (label) {
            out += label;
            out += ": ";
        }
        out += kindName(n->kind);
        out += ' ' + std::to_string(n->pos.line) + ':' + std::to_string(n->pos.col);
        attrs(n);
        out += '\n';
        children(n, depth + 1);
    }

private:
    template <class T>
    void list(const List<T>& l, int depth, const char* label) {
        for (T* item : l) node(item, depth, label);
    }

    void attrs(const Node* n) {
        switch (n->kind) {
            case Kind::Ident: out += ' ' + std::string(static_cast<const Ident*>(n)->name); break;
            case Kind::BasicLit: {
                auto* b = static_cast<const BasicLit*>(n);
                static const char* const kinds[] = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"};
                out += ' ';
                out += kinds[static_cast<int>(b->lit) - static_cast<int>(Tok::Int)];
                out += ' ' + std::string(b->value);
                break;
            }
            case Kind::UnaryExpr: out += ' ' + std::string(tokenSpelling(static_cast<const UnaryExpr*>(n)->op)); break;
            case Kind::BinaryExpr: out += ' ' + std::string(tokenSpelling(static_cast<const BinaryExpr*>(n)->op)); break;
            case Kind::IncDecStmt: out += ' ' + std::string(tokenSpelling(static_cast<const IncDecStmt*>(n)->op)); break;
            case Kind::AssignStmt: out += ' ' + std::string(tokenSpelling(static_cast<const AssignStmt*>(n)->op)); break;
            case Kind::BranchStmt: out += ' ' + std::string(tokenSpelling(static_cast<const BranchStmt*>(n)->tok)); break;
            case Kind::RangeStmt: {
                auto* r = static_cast<const RangeStmt*>(n);
                if (r->tok != Tok::Eof) out += ' ' + std::string(tokenSpelling(r->tok));
                break;
            }
            case Kind::GenDecl: {
                auto* d = static_cast<const GenDecl*>(n);
                out += ' ' + std::string(tokenSpelling(d->tok));
                if (d->grouped) out += " (group)";
                break;
            }
            case Kind::ChanType: {
                static const char* const dirs[] = {"", " send", " recv"};
                out += dirs[static_cast<int>(static_cast<const ChanType*>(n)->dir)];
                break;
            }
            case Kind::SliceExpr:
                if (static_cast<const SliceExpr*>(n)->slice3) out += " 3-index";
                break;
            case Kind::CallExpr:
                if (static_cast<const CallExpr*>(n)->hasDots) out += " ...";
                break;
            case Kind::TypeSpec:
                if (static_cast<const TypeSpec*>(n)->alias) out += " alias";
                break;
            case Kind::ValueSpec: {
                auto* v = static_cast<const ValueSpec*>(n);
                if (v->iota) out += " iota=" + std::to_string(v->iota);
                break;
            }
            case Kind::CaseClause:
                if (static_cast<const CaseClause*>(n)->isDefault) out += " default";
                break;
            case Kind::CommClause:
                if (!static_cast<const CommClause*>(n)->comm) out += " default";
                break;
            case Kind::TypeAssertExpr:
                if (!static_cast<const TypeAssertExpr*>(n)->type) out += " (type)";
                break;
            case Kind::FuncDecl:
                if (!static_cast<const FuncDecl*>(n)->body) out += " (no body)";
                break;
            default: break;
        }
    }

    void children(const Node* n, int d) {
        switch (n->kind) {
            case Kind::CompositeLit: {
                auto* c = static_cast<const CompositeLit*>(n);
                node(c->type, d, "type");
                list(c->elts, d, nullptr);
                break;
            }
            case Kind::KeyValueExpr: {
                auto* k = static_cast<const KeyValueExpr*>(n);
                node(k->key, d, "key");
                node(k->value, d, "value");
                break;
            }
            case Kind::FuncLit: {
                auto* f = static_cast<const FuncLit*>(n);
                node(f->type, d, nullptr);
                node(f->body, d, nullptr);
                break;
            }
            case Kind::ParenExpr: node(static_cast<const ParenExpr*>(n)->x, d, nullptr); break;
            case Kind::SelectorExpr: {
                auto* s = static_cast<const SelectorExpr*>(n);
                node(s->x, d, nullptr);
                node(s->sel, d, "sel");
                break;
            }
            case Kind::IndexExpr: {
                auto* i = static_cast<const IndexExpr*>(n);
                node(i->x, d, nullptr);
                node(i->index, d, "index");
                break;
            }
            case Kind::SliceExpr: {
                auto* s = static_cast<const SliceExpr*>(n);
                node(s->x, d, nullptr);
                node(s->low, d, "low");
                node(s->high, d, "high");
                node(s->max, d, "max");
                break;
            }
            case Kind::TypeAssertExpr: {
                auto* t = static_cast<const TypeAssertExpr*>(n);
                node(t->x, d, nullptr);
                node(t->type, d, "type");
                break;
            }
            case Kind::CallExpr: {
                auto* c = static_cast<const CallExpr*>(n);
                node(c->fun, d, "fun");
                list(c->args, d, nullptr);
                break;
            }
            case Kind::StarExpr: node(static_cast<const StarExpr*>(n)->x, d, nullptr); break;
            case Kind::UnaryExpr: node(static_cast<const UnaryExpr*>(n)->x, d, nullptr); break;
            case Kind::BinaryExpr: {
                auto* b = static_cast<const BinaryExpr*>(n);
                node(b->x, d, nullptr);
                node(b->y, d, nullptr);
                break;
            }
            case Kind::ArrayType: {
                auto* a = static_cast<const ArrayType*>(n);
                node(a->len, d, "len");
                node(a->elem, d, "elem");
                break;
            }
            case Kind::Ellipsis: node(static_cast<const Ellipsis*>(n)->elem, d, nullptr); break;
            case Kind::Field: {
                auto* f = static_cast<const Field*>(n);
                list(f->names, d, "name");
                node(f->type, d, "type");
                node(f->tag, d, "tag");
                break;
            }
            case Kind::StructType: list(static_cast<const StructType*>(n)->fields, d, nullptr); break;
            case Kind::FuncType: {
                auto* f = static_cast<const FuncType*>(n);
                list(f->params, d, "param");
                list(f->results, d, "result");
                break;
            }
            case Kind::InterfaceType: list(static_cast<const InterfaceType*>(n)->methods, d, nullptr); break;
            case Kind::MapType: {
                auto* m = static_cast<const MapType*>(n);
                node(m->key, d, "key");
                node(m->value, d, "value");
                break;
            }
            case Kind::ChanType: node(static_cast<const ChanType*>(n)->value, d, nullptr); break;
            case Kind::DeclStmt: node(static_cast<const DeclStmt*>(n)->decl, d, nullptr); break;
            case Kind::LabeledStmt: {
                auto* l = static_cast<const LabeledStmt*>(n);
                node(l->label, d, "label");
                node(l->stmt, d, nullptr);
                break;
            }
            case Kind::ExprStmt: node(static_cast<const ExprStmt*>(n)->x, d, nullptr); break;
            case Kind::SendStmt: {
                auto* s = static_cast<const SendStmt*>(n);
                node(s->chan, d, "chan");
                node(s->value, d, "value");
                break;
            }
            case Kind::IncDecStmt: node(static_cast<const IncDecStmt*>(n)->x, d, nullptr); break;
            case Kind::AssignStmt: {
                auto* a = static_cast<const AssignStmt*>(n);
                list(a->lhs, d, "lhs");
                list(a->rhs, d, "rhs");
                break;
            }
            case Kind::GoStmt: node(static_cast<const GoStmt*>(n)->call, d, nullptr); break;
            case Kind::DeferStmt: node(static_cast<const DeferStmt*>(n)->call, d, nullptr); break;
            case Kind::ReturnStmt: list(static_cast<const ReturnStmt*>(n)->results, d, nullptr); break;
            case Kind::BranchStmt: node(static_cast<const BranchStmt*>(n)->label, d, "label"); break;
            case Kind::BlockStmt: list(static_cast<const BlockStmt*>(n)->list, d, nullptr); break;
            case Kind::IfStmt: {
                auto* s = static_cast<const IfStmt*>(n);
                node(s->init, d, "init");
                node(s->cond, d, "cond");
                node(s->body, d, nullptr);
                node(s->els, d, "else");
                break;
            }
            case Kind::CaseClause: {
                auto* c = static_cast<const CaseClause*>(n);
                list(c->list, d, "case");
                list(c->body, d, nullptr);
                break;
            }
            case Kind::SwitchStmt: {
                auto* s = static_cast<const SwitchStmt*>(n);
                node(s->init, d, "init");
                node(s->tag, d, "tag");
                list(s->clauses, d, nullptr);
                break;
            }
            case Kind::TypeSwitchStmt: {
                auto* s = static_cast<const TypeSwitchStmt*>(n);
                node(s->init, d, "init");
                node(s->assign, d, "guard");
                list(s->clauses, d, nullptr);
                break;
            }
            case Kind::CommClause: {
                auto* c = static_cast<const CommClause*>(n);
                node(c->comm, d, "comm");
                list(c->body, d, nullptr);
                break;
            }
            case Kind::SelectStmt: list(static_cast<const SelectStmt*>(n)->clauses, d, nullptr); break;
            case Kind::ForStmt: {
                auto* f = static_cast<const ForStmt*>(n);
                node(f->init, d, "init");
                node(f->cond, d, "cond");
                node(f->post, d, "post");
                node(f->body, d, nullptr);
                break;
            }
            case Kind::RangeStmt: {
                auto* r = static_cast<const RangeStmt*>(n);
                node(r->key, d, "key");
                node(r->value, d, "value");
                node(r->x, d, "x");
                node(r->body, d, nullptr);
                break;
            }
            case Kind::ImportSpec: {
                auto* s = static_cast<const ImportSpec*>(n);
                node(s->name, d, "name");
                node(s->path, d, "path");
                break;
            }
            case Kind::ValueSpec: {
                auto* v = static_cast<const ValueSpec*>(n);
                list(v->names, d, "name");
                node(v->type, d, "type");
                list(v->values, d, "value");
                break;
            }
            case Kind::TypeSpec: {
                auto* t = static_cast<const TypeSpec*>(n);
                node(t->name, d, "name");
                node(t->type, d, "type");
                break;
            }
            case Kind::GenDecl: list(static_cast<const GenDecl*>(n)->specs, d, nullptr); break;
            case Kind::FuncDecl: {
                auto* f = static_cast<const FuncDecl*>(n);
                node(f->recv, d, "recv");
                node(f->name, d, "name");
                node(f->type, d, nullptr);
                node(f->body, d, nullptr);
                break;
            }
            default: break;
        }
    }
};

}  // namespace

std::string printTree(const File& file) {
    Printer p;
    p.file(file);
    return p.out;
}

std::string printNode(const Node* node) {
    Printer p;
    p.node(node, 0, nullptr);
    return p.out;
}

}  // namespace gos::ast
