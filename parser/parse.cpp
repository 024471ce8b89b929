// The parser driver: feeds tokens to the Bison parser (go.y), builds the
// tree for its actions, checks what the grammar alone cannot (statement
// headers, parameter grouping, go/defer operands) and words syntax errors
// as gc does.
//
// Error policy: lexical errors are all reported and never stop the parse
// (a malformed literal is still a token). The first syntax error stops it:
// Bison has no way to resynchronise that would reproduce gc's follow-on
// errors, and a follow-on error at a position gc does not report is worse
// than none. Errors that gc reports while parsing but that do not derail the
// grammar (a missing if condition, mixed named and unnamed parameters) are
// reported and parsing goes on.
#include "parser/parse.h"

#include "go_parser.hpp"
#include "go_parser_exact.hpp"
#include "lexer/literals.h"
#include "parser/driver.h"
#include "parser/syntax_string.h"

namespace gos {

using namespace ast;

// ---- lexer bridge -------------------------------------------------------------

Token Driver::nextToken() {
    prevKind_ = tok_.kind;
    history_[0] = history_[1];
    history_[1] = history_[2];
    history_[2] = tok_.kind;
    if (tok_.kind == Tok::LBrack) lbrackPos_ = tok_.pos;
    tok_ = lexer_.next();
    if (tok_.bad) badLiterals_.insert({tok_.pos.line, tok_.pos.col});
    if (first_) {
        first_ = false;
        sawPackage_ = tok_.kind == Tok::Package;
        if (!allowScript_ && tok_.kind != Tok::Package) {
            syntaxErrorAt(tok_.pos, "package statement must be first");
            tok_.kind = Tok::Eof;  // nothing more to parse
        }
    }
    spotGenerics();
    trackBrackets();
    return tok_;
}

void Driver::trackBrackets() {
    Tok prev = history_[2];
    enclosingBefore_ = brackets_.empty() ? Enclosing::None : brackets_.back();
    topKeywordBefore_ = lastTopKeyword_;
    headerBefore_ = headerKeyword_;
    switch (tok_.kind) {
        case Tok::If:
        case Tok::For:
        case Tok::Switch:
            headerKeyword_ = tok_.kind;
            headerDepth_ = brackets_.size();
            break;
        case Tok::Semicolon:
            semis_[semiCount_++ % 2] = {tok_.pos, tok_.semi};
            break;
        case Tok::Func:
        case Tok::Var:
        case Tok::Const:
        case Tok::Type:
        case Tok::Import:
            if (brackets_.empty()) lastTopKeyword_ = tok_.kind;
            break;
        case Tok::LParen: {
            Enclosing e = Enclosing::Paren;
            if (prev == Tok::Var || prev == Tok::Const || prev == Tok::Type || prev == Tok::Import) {
                e = Enclosing::Group;
            } else if (prev == Tok::Func || (prev == Tok::Ident && history_[1] == Tok::Func)) {
                e = Enclosing::Params;
            } else if (prev == Tok::Ident || prev == Tok::RParen || prev == Tok::RBrack || prev == Tok::RBrace ||
                       prev == Tok::String) {
                e = Enclosing::Args;
            }
            brackets_.push_back(e);
            break;
        }
        case Tok::LBrace:
            if (brackets_.size() == headerDepth_) headerKeyword_ = Tok::Eof;
            brackets_.push_back(prev == Tok::Struct      ? Enclosing::StructType
                                : prev == Tok::Interface ? Enclosing::InterfaceType
                                                         : Enclosing::Brace);
            break;
        case Tok::LBrack: brackets_.push_back(Enclosing::Index); break;
        case Tok::RParen:
        case Tok::RBrace:
        case Tok::RBrack:
            if (!brackets_.empty()) brackets_.pop_back();
            break;
        default: break;
    }
}

// Type parameter lists and instantiations with several arguments have
// token patterns no other Go construct has: `func Name [`, `[ Name Name`
// (a parameter and its constraint), `[ Name interface`, `[ Name ,`.
// Parsing stops there: the rest of such a file means nothing to gos yet.
void Driver::spotGenerics() {
    if (genericsSeen_) return;
    bool found = false;
    if (tok_.kind == Tok::LBrack && history_[1] == Tok::Func && history_[2] == Tok::Ident) {
        found = true;
        lbrackPos_ = tok_.pos;
    } else if (history_[1] == Tok::LBrack && history_[2] == Tok::Ident &&
               (tok_.kind == Tok::Ident || tok_.kind == Tok::Interface || tok_.kind == Tok::Comma)) {
        found = true;
    }
    if (found) {
        genericsSeen_ = true;
        generics(lbrackPos_);
        tok_.kind = Tok::Eof;  // end the parse here
    }
}

SemiKind Driver::semiKindAt(Pos pos) const {
    for (const auto& s : semis_)
        if (s.pos == pos) return s.kind;
    return SemiKind::Explicit;
}

template <class P>
typename P::symbol_type lexSymbol(Driver& drv) {
    const Token t = drv.nextToken();
    Span loc{t.pos, t.end};
    switch (t.kind) {
        case Tok::Eof: return P::make_END(loc);
        case Tok::Ident: return P::make_IDENT(t.text, loc);
        case Tok::Int: return P::make_INT(t.text, loc);
        case Tok::Float: return P::make_FLOAT(t.text, loc);
        case Tok::Imag: return P::make_IMAG(t.text, loc);
        case Tok::Char: return P::make_CHAR(t.text, loc);
        case Tok::String: return P::make_STRING(t.text, loc);
        case Tok::Add: return P::make_ADD(loc);
        case Tok::Sub: return P::make_SUB(loc);
        case Tok::Mul: return P::make_STAR(loc);
        case Tok::And: return P::make_AMP(loc);
        case Tok::Or: return P::make_OR(loc);
        case Tok::Xor: return P::make_XOR(loc);
        case Tok::Quo:
        case Tok::Rem:
        case Tok::Shl:
        case Tok::Shr:
        case Tok::AndNot: return P::make_MUL_OP(t.kind, loc);
        case Tok::Eql:
        case Tok::Neq:
        case Tok::Lss:
        case Tok::Leq:
        case Tok::Gtr:
        case Tok::Geq: return P::make_CMP_OP(t.kind, loc);
        case Tok::AddAssign:
        case Tok::SubAssign:
        case Tok::MulAssign:
        case Tok::QuoAssign:
        case Tok::RemAssign:
        case Tok::AndAssign:
        case Tok::OrAssign:
        case Tok::XorAssign:
        case Tok::ShlAssign:
        case Tok::ShrAssign:
        case Tok::AndNotAssign: return P::make_ASSIGN_OP(t.kind, loc);
        case Tok::LAnd: return P::make_LAND(loc);
        case Tok::LOr: return P::make_LOR(loc);
        case Tok::Arrow: return P::make_ARROW(loc);
        case Tok::Inc: return P::make_INC(loc);
        case Tok::Dec: return P::make_DEC(loc);
        case Tok::Assign: return P::make_ASSIGN(loc);
        case Tok::Not: return P::make_NOT(loc);
        case Tok::Define: return P::make_DEFINE(loc);
        case Tok::Ellipsis: return P::make_ELLIPSIS(loc);
        case Tok::Tilde: return P::make_TILDE(loc);
        case Tok::LParen: return P::make_LPAREN(loc);
        case Tok::LBrack: return P::make_LBRACK(loc);
        case Tok::LBrace: return P::make_LBRACE(loc);
        case Tok::Comma: return P::make_COMMA(loc);
        case Tok::Period: return P::make_PERIOD(loc);
        case Tok::RParen: return P::make_RPAREN(loc);
        case Tok::RBrack: return P::make_RBRACK(loc);
        case Tok::RBrace: return P::make_RBRACE(loc);
        case Tok::Semicolon: return P::make_SEMI(loc);
        case Tok::Colon: return P::make_COLON(loc);
        case Tok::Break: return P::make_BREAK(loc);
        case Tok::Case: return P::make_CASE(loc);
        case Tok::Chan: return P::make_CHAN(loc);
        case Tok::Const: return P::make_CONST(loc);
        case Tok::Continue: return P::make_CONTINUE(loc);
        case Tok::Default: return P::make_DEFAULT(loc);
        case Tok::Defer: return P::make_DEFER(loc);
        case Tok::Else: return P::make_ELSE(loc);
        case Tok::Fallthrough: return P::make_FALLTHROUGH(loc);
        case Tok::For: return P::make_FOR(loc);
        case Tok::Func: return P::make_FUNC(loc);
        case Tok::Go: return P::make_GO(loc);
        case Tok::Goto: return P::make_GOTO(loc);
        case Tok::If: return P::make_IF(loc);
        case Tok::Import: return P::make_IMPORT(loc);
        case Tok::Interface: return P::make_INTERFACE(loc);
        case Tok::Map: return P::make_MAP(loc);
        case Tok::Package: return P::make_PACKAGE(loc);
        case Tok::Range: return P::make_RANGE(loc);
        case Tok::Return: return P::make_RETURN(loc);
        case Tok::Select: return P::make_SELECT(loc);
        case Tok::Struct: return P::make_STRUCT(loc);
        case Tok::Switch: return P::make_SWITCH(loc);
        case Tok::Type: return P::make_TYPE(loc);
        case Tok::Var: return P::make_VAR(loc);
    }
    return P::make_END(loc);
}

template yy::GoParser::symbol_type lexSymbol<yy::GoParser>(Driver&);
template yy_exact::GoParserExact::symbol_type lexSymbol<yy_exact::GoParserExact>(Driver&);

bool Driver::parse(bool exact) {
    int status;
    if (exact) {
        yy_exact::GoParserExact parser(*this);
        status = parser.parse();
    } else {
        yy::GoParser parser(*this);
        status = parser.parse();
    }
    return status == 0 && !syntaxFailed_;
}

// The fast parser handles every well-formed file. A file with a syntax
// error is parsed again by the exact parser, whose messages are the ones
// reported; the first attempt's diagnostics are dropped.
std::unique_ptr<Ast> parseFile(const SourceFile& source, Diagnostics& diags, const ParseOptions& options) {
    auto tree = std::make_unique<Ast>();
    Diagnostics first(diags.filename());
    Driver fast(source.text(), first, *tree, options.allowScript);
    if (fast.parse(false)) {
        diags.append(first);
        return tree;
    }
    tree = std::make_unique<Ast>();
    Driver exact(source.text(), diags, *tree, options.allowScript);
    exact.parse(true);
    return tree;
}

// ---- errors ---------------------------------------------------------------------

void Driver::errorAt(Pos pos, const std::string& message) { diags_.error(pos, message); }

void Driver::syntaxErrorAt(Pos pos, const std::string& message) {
    syntaxFailed_ = true;
    diags_.error(pos, "syntax error: " + message);
}

void Driver::generics(Pos pos) { syntaxErrorAt(pos, "generics are not supported yet"); }

std::string Driver::describe(const Token& t) const {
    switch (t.kind) {
        case Tok::Ident: return std::string(t.text);
        case Tok::Int:
        case Tok::Float:
        case Tok::Imag:
        case Tok::Char:
        case Tok::String: return "literal " + std::string(t.text);
        case Tok::Semicolon:
            switch (t.semi) {
                case SemiKind::Newline: return "newline";
                case SemiKind::Eof: return "EOF";
                case SemiKind::Explicit: return "semicolon";
            }
            return "semicolon";
        case Tok::Comma: return "comma";
        default: return std::string(tokenSpelling(t.kind));
    }
}

void Driver::unexpected(Pos pos, const std::string& suffix) {
    if (tok_.kind == Tok::Eof && (!diags_.empty() || genericsSeen_)) {
        syntaxFailed_ = true;  // gc: no meaningless follow-up error at EOF
        return;
    }
    syntaxErrorAt(pos, "unexpected " + describe(tok_) + suffix);
}

bool Driver::atTopLevel() const { return brackets_.empty(); }

Pos Driver::peekPos() { return lexer_.next().pos; }

// ---- expressions ------------------------------------------------------------------

Ident* Driver::ident(Pos pos, std::string_view name) {
    Ident* id = node<Ident>(pos);
    id->name = name;
    return id;
}

BasicLit* Driver::basicLit(Pos pos, Tok kind, std::string_view text) {
    BasicLit* lit = node<BasicLit>(pos);
    lit->lit = kind;
    lit->value = text;
    lit->bad = badLiterals_.count({pos.line, pos.col}) > 0;  // reported by the lexer
    return lit;
}

Expr* Driver::paren(Pos pos, Expr* x) {
    ParenExpr* p = node<ParenExpr>(pos);
    p->x = x;
    return p;
}

Expr* Driver::selector(Pos pos, Expr* x, Ident* sel) {
    SelectorExpr* s = node<SelectorExpr>(pos);
    s->x = x;
    s->sel = sel;
    return s;
}

Expr* Driver::typeAssert(Pos pos, Expr* x, Expr* type) {
    TypeAssertExpr* t = node<TypeAssertExpr>(pos);
    t->x = x;
    t->type = type;
    return t;
}

Expr* Driver::index(Pos pos, Expr* x, Expr* idx) {
    IndexExpr* e = node<IndexExpr>(pos);
    e->x = x;
    e->index = idx;
    return e;
}

Expr* Driver::slice(Pos pos, Expr* x, Expr* lo, Expr* hi, Expr* max, bool three, Pos colon1, Pos colon2,
                    Pos rbrack) {
    SliceExpr* s = node<SliceExpr>(pos);
    s->x = x;
    s->low = lo;
    s->high = hi;
    s->max = max;
    s->slice3 = three;
    if (three) {
        // gc: a 3-index slice needs both the middle and the final index.
        if (!hi) errorAt(colon2, "middle index required in 3-index slice");
        if (!max) errorAt(rbrack, "final index required in 3-index slice");
    }
    (void)colon1;
    return s;
}

Expr* Driver::call(Pos pos, Expr* fun, List<Expr> args, bool dots, Pos rparen) {
    CallExpr* c = node<CallExpr>(pos);
    c->rparen = rparen;
    c->fun = fun;
    c->args = args;
    c->hasDots = dots;
    return c;
}

Expr* Driver::compositeLit(Pos pos, Expr* type, List<Expr> elts, Pos rbrace) {
    if (type && type->kind == Kind::ParenExpr) {
        syntaxErrorAt(pos, "cannot parenthesize type in composite literal");
    }
    CompositeLit* c = node<CompositeLit>(pos);
    c->type = type;
    c->elts = elts;
    c->rbrace = rbrace;
    return c;
}

Expr* Driver::unary(Pos pos, Tok op, Expr* x) {
    if (op == Tok::Arrow && x->kind == Kind::ChanType) {
        // <-chan T is a receive-only channel type. The operand was parsed
        // with each `<-` bound to the chan before it, so shift every arrow
        // one chan outwards: <-chan<- chan T becomes <-chan <-chan T.
        ChanDir dir = ChanDir::Send;
        Expr* t = x;
        while (dir == ChanDir::Send) {
            auto* c = as<ChanType>(t);
            if (!c) break;
            dir = c->dir;
            // (gc reports both at the token after the operand)
            if (dir == ChanDir::Recv) syntaxErrorAt(tok_.pos, "unexpected <-, expecting chan");
            c->dir = ChanDir::Recv;
            t = c->value;
        }
        if (dir == ChanDir::Send) syntaxErrorAt(tok_.pos, "unexpected " + exprString(t) + ", expecting chan");
        x->pos = pos;
        return x;
    }
    UnaryExpr* u = node<UnaryExpr>(pos);
    u->op = op;
    u->x = x;
    return u;
}

Expr* Driver::binary(Pos pos, Tok op, Expr* x, Expr* y) {
    BinaryExpr* b = node<BinaryExpr>(pos);
    b->op = op;
    b->x = x;
    b->y = y;
    return b;
}

Expr* Driver::chanType(Pos pos, ChanDir dir, Expr* elem) {
    ChanType* c = node<ChanType>(pos);
    c->dir = dir;
    c->value = elem;
    return c;
}

FuncType* Driver::funcType(Pos pos, List<Field> params, List<Field> results) {
    FuncType* f = node<FuncType>(pos);
    f->params = params;
    f->results = results;
    return f;
}

Field* Driver::field(Pos pos, List<Ident> names, Expr* type, BasicLit* tag) {
    Field* f = node<Field>(pos);
    f->names = names;
    f->type = type;
    f->tag = tag;
    return f;
}

// Each raw parameter is `type` or `name type`. If any has a name, all must:
// a run of bare identifiers takes the type of the named parameter after it
// ((a, b int) is a and b of type int). Like gc, the error names the leftmost
// parameter that then has no name or no type.
List<Field> Driver::params(List<Field> raw) {
    bool anyNamed = false;
    for (Field* f : raw) anyNamed |= !f->names.empty();
    if (!anyNamed) return raw;

    Pos errPos;
    Expr* type = nullptr;
    for (uint32_t i = raw.size; i-- > 0;) {
        Field* f = raw[i];
        if (!f->names.empty()) {
            type = f->type;
        } else if (f->type->kind == Kind::Ident && type) {
            f->names = one(static_cast<Ident*>(f->type));
            f->type = type;
        } else {
            errPos = startPos(f->type);
            if (f->type->kind != Kind::Ident) type = f->type;
        }
    }
    if (errPos.valid()) syntaxErrorAt(errPos, "mixed named and unnamed parameters");

    // Group consecutive names that share one type node: (a, b int).
    List<Field> out;
    for (Field* f : raw) {
        if (!out.empty() && out.back()->type == f->type && !f->names.empty() && !out.back()->names.empty()) {
            out.back()->names.push(ast_.arena, f->names[0]);
        } else {
            out.push(ast_.arena, f);
        }
    }
    return out;
}

// ---- statements -------------------------------------------------------------------

Stmt* Driver::exprStmt(Expr* x) {
    ExprStmt* s = node<ExprStmt>(x->pos);
    s->x = x;
    return s;
}

Stmt* Driver::incDec(Pos pos, Expr* x, Tok op) {
    IncDecStmt* s = node<IncDecStmt>(pos);
    s->x = x;
    s->op = op;
    return s;
}

Stmt* Driver::assign(Pos pos, List<Expr> lhs, Tok op, List<Expr> rhs) {
    AssignStmt* s = node<AssignStmt>(pos);
    s->lhs = lhs;
    s->op = op;
    s->rhs = rhs;
    return s;
}

Stmt* Driver::callStmt(Pos pos, Tok tok, Expr* x) {
    const char* word = tok == Tok::Go ? "go" : "defer";
    Expr* inner = x;
    while (inner->kind == Kind::ParenExpr) inner = static_cast<ParenExpr*>(inner)->x;
    if (inner != x) {
        errorAt(x->pos, std::string("expression in ") + word + " must not be parenthesized");
    } else if (x->kind != Kind::CallExpr) {
        errorAt(x->pos, std::string("expression in ") + word + " must be function call");
    }
    if (tok == Tok::Go) {
        GoStmt* s = node<GoStmt>(pos);
        s->call = inner;
        return s;
    }
    DeferStmt* s = node<DeferStmt>(pos);
    s->call = inner;
    return s;
}

Stmt* Driver::labeled(Ident* label, Pos colon, Stmt* stmt) {
    // A label must label a statement; only the end of a block may stand in.
    if (stmt->kind == Kind::EmptyStmt && tok_.kind != Tok::RBrace && tok_.kind != Tok::Semicolon) {
        syntaxErrorAt(colon, "missing statement after label");
    }
    LabeledStmt* l = node<LabeledStmt>(label->pos);
    l->label = label;
    l->stmt = stmt;
    return l;
}

Stmt* Driver::branch(Pos pos, Tok tok, Ident* label) {
    BranchStmt* s = node<BranchStmt>(pos);
    s->tok = tok;
    s->label = label;
    return s;
}

BlockStmt* Driver::block(Pos pos, List<Stmt> list, Pos rbrace) {
    BlockStmt* b = node<BlockStmt>(pos);
    b->list = list;
    b->rbrace = rbrace;
    return b;
}

void Driver::addStmt(List<Stmt>& list, Stmt* s) {
    if (s->kind != Kind::EmptyStmt) list.push(ast_.arena, s);
}

// The condition of an if or switch header: the last simple statement, which
// must be an expression. Reported as gc reports it.
Expr* Driver::headerExpr(const Header& h, const char* keyword) {
    Stmt* s = h.cond;
    if (!s) {
        if (h.semi && std::string_view(keyword) == "if") {
            if (semiKindAt(h.semiPos) == SemiKind::Explicit) {
                syntaxErrorAt(h.semiPos, "missing condition in if statement");
            } else {
                syntaxErrorAt(h.semiPos, "unexpected newline, expecting { after if clause");
            }
        }
        return nullptr;
    }
    if (s->kind == Kind::ExprStmt) return static_cast<ExprStmt*>(s)->x;
    notValue(s);
    return nullptr;
}

// gc's complaint about a statement where a condition belongs; a plain
// assignment is spelled out, since `if x = 0` usually meant ==.
void Driver::notValue(Stmt* s) {
    std::string what;
    auto* a = as<AssignStmt>(s);
    if (a && a->op == Tok::Assign) {
        what = "assignment (";
        for (uint32_t i = 0; i < a->lhs.size; ++i) what += (i ? ", " : "") + exprString(a->lhs[i]);
        what += ") = (";
        for (uint32_t i = 0; i < a->rhs.size; ++i) what += (i ? ", " : "") + exprString(a->rhs[i]);
        what += ")";
    } else {
        what = stmtString(s);
    }
    syntaxErrorAt(s->pos, "cannot use " + what + " as value");
}

Stmt* Driver::ifStmt(Pos pos, const Header& h, BlockStmt* body, Stmt* els) {
    IfStmt* s = node<IfStmt>(pos);
    s->init = h.init;
    s->cond = headerExpr(h, "if");
    if (!s->cond && !h.semi && !h.cond) syntaxErrorAt(body->pos, "missing condition in if statement");
    s->body = body;
    s->els = els;
    return s;
}

static bool isTypeSwitchGuard(Stmt* s) {
    auto isGuard = [](Expr* e) {
        auto* t = as<TypeAssertExpr>(e);
        return t && !t->type;
    };
    if (auto* e = as<ExprStmt>(s)) return isGuard(e->x);
    if (auto* a = as<AssignStmt>(s))
        return a->op == Tok::Define && a->lhs.size == 1 && a->rhs.size == 1 && isGuard(a->rhs[0]);
    return false;
}

Stmt* Driver::switchStmt(Pos pos, const Header& h, List<Stmt> clauses, Pos rbrace) {
    if (h.cond && isTypeSwitchGuard(h.cond)) {
        if (auto* a = as<AssignStmt>(h.cond); a && a->lhs[0]->kind != Kind::Ident) notValue(a);
        TypeSwitchStmt* s = node<TypeSwitchStmt>(pos);
        s->init = h.init;
        s->assign = h.cond;
        s->clauses = clauses;
        s->rbrace = rbrace;
        return s;
    }
    SwitchStmt* s = node<SwitchStmt>(pos);
    s->init = h.init;
    s->tag = headerExpr(h, "switch");
    s->clauses = clauses;
    s->rbrace = rbrace;
    return s;
}

Stmt* Driver::commClause(Pos pos, Stmt* comm, List<Stmt> body) {
    CommClause* c = node<CommClause>(pos);
    c->comm = comm;
    c->body = body;
    return c;
}

Driver::Header* Driver::rangeHeader(Pos pos, List<Expr> lhs, Tok tok, Expr* x) {
    RangeStmt* r = node<RangeStmt>(pos);
    if (lhs.size > 2) errorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
    r->key = lhs.size > 0 ? lhs[0] : nullptr;
    r->value = lhs.size > 1 ? lhs[1] : nullptr;
    r->tok = tok;
    r->x = x;
    Header* h = newHeader();
    h->range = r;
    return h;
}

Stmt* Driver::forStmt(Pos pos, const Header& h, BlockStmt* body) {
    if (h.range) {
        RangeStmt* r = h.range;
        r->pos = pos;
        r->body = body;
        return r;
    }
    ForStmt* s = node<ForStmt>(pos);
    s->init = h.init;
    if (h.cond) {
        if (auto* e = as<ExprStmt>(h.cond)) s->cond = e->x;
        else notValue(h.cond);
    }
    if (auto* a = as<AssignStmt>(h.post); a && a->op == Tok::Define) {
        syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
    }
    s->post = h.post;
    s->body = body;
    return s;
}

// ---- declarations -------------------------------------------------------------------

GenDecl* Driver::genDecl(Pos pos, Tok tok, bool grouped) {
    GenDecl* d = node<GenDecl>(pos);
    d->tok = tok;
    d->grouped = grouped;
    return d;
}

void Driver::addSpec(GenDecl* d, Node* spec) { d->specs.push(ast_.arena, spec); }

void Driver::numberConstSpecs(GenDecl* d) {
    for (uint32_t i = 0; i < d->specs.size; ++i) static_cast<ValueSpec*>(d->specs[i])->iota = i;
}

Node* Driver::importSpec(Pos pos, Ident* name, Pos pathPos, std::string_view path) {
    ImportSpec* s = node<ImportSpec>(pos);
    s->name = name;
    s->path = basicLit(pathPos, Tok::String, path);
    return s;
}

Node* Driver::valueSpec(List<Ident> names, Expr* type, List<Expr> values) {
    ValueSpec* s = node<ValueSpec>(names[0]->pos);
    s->names = names;
    s->type = type;
    s->values = values;
    return s;
}

Node* Driver::typeSpec(Ident* name, bool alias, Expr* type) {
    TypeSpec* s = node<TypeSpec>(name->pos);
    s->name = name;
    s->alias = alias;
    s->type = type;
    return s;
}

Node* Driver::funcDecl(Pos pos, const List<Field>* recv, Ident* name, FuncType* sig, BlockStmt* body) {
    FuncDecl* d = node<FuncDecl>(pos);
    if (recv) {
        uint32_t n = 0;
        for (Field* f : *recv) n += f->names.empty() ? 1 : f->names.size;
        if (n == 0) errorAt(name->pos, "method has no receiver");
        else if (n > 1) errorAt(name->pos, "method has multiple receivers");
        if (!recv->empty()) d->recv = (*recv)[0];
    }
    d->name = name;
    d->type = sig;
    d->body = body;
    return d;
}

void Driver::addItem(Node* item) {
    if (item->kind == Kind::EmptyStmt) return;
    ast_.file.items.push(ast_.arena, item);
}

}  // namespace gos
