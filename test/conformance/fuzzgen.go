//go:build ignore

// fuzzgen: generates random, mostly valid templates plus JSON data for the differential fuzz
// run. The same seed always yields the same cases (math/rand with a fixed source).
//
// Output: one JSON object per line, in the input format of gorender/cpprender
// ({"name", "tmpl", "data", "missingkey"}).
//
// The generator stays inside what Go 1.19 and current Go agree on: it never ranges over an
// integer (Go 1.22+ iterates where 1.19 fails), never writes {{else with}} (Go 1.23+), never uses
// the assignment form of range ({{range $x = ...}}, wrong in Go 1.19), and uses no complex
// numbers. Lists in the data have 0, 1, 2 or 4 elements so that the spare capacity Go's JSON
// decoder leaves in slices cannot show through `slice`.
//
// Usage: go run fuzzgen.go -seed 1 -n 2000 > cases.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
)

var keys = []string{"a", "b", "c", "name", "list", "m", "n", "x", "Port", "Tags"}

var strs = []string{"", "a", "web", "héllo", "x y", "<b>&'\"", "a\tb\nc", "1", "true", "日本",
	"=", "%d", "{{", "é", " ", "abc", "Z", "😀"}

var floats = []float64{0, 1, -1, 0.5, 2, 3, 1.5, -2.5, 100, 8080, 1e21, 1e20, 1e-5, 0.0001,
	123456789, 3.141592653589793, 1e6, 255, 65, 0.1, 1e100, 5e-324, -0.001, 42}

type unknownT struct{}

// unknown marks a value the generator cannot predict (results of functions, define arguments).
var unknown interface{} = unknownT{}

type gen struct {
	r      *rand.Rand
	top    interface{} // the case's data
	root   interface{} // what $ is in the current template body
	dot    interface{} // what . is here, or unknown
	scopes [][]variable
	nvar   int
	inRng  int // depth of enclosing range (break/continue allowed when > 0)
	defs   []def
	inDef  bool
	depth  int
}

type variable struct {
	name    string
	val     interface{} // known value or unknown
	rangeOK bool        // never holds an integer, so ranging over it behaves alike in all Go versions
}

type def struct {
	name string
	arg  string // field chain from the data root to the argument the definition was written for
}

func (g *gen) pick(n int) int        { return g.r.Intn(n) }
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// ---- data

func (g *gen) data(depth int) interface{} {
	k := g.pick(10)
	if depth > 3 {
		k = g.pick(5)
	}
	switch k {
	case 0:
		return nil
	case 1:
		return g.chance(0.5)
	case 2, 3:
		if g.chance(0.5) {
			return g.randomFloat()
		}
		return floats[g.pick(len(floats))]
	case 4:
		if g.chance(0.3) {
			return g.randomString()
		}
		return strs[g.pick(len(strs))]
	case 5, 6:
		n := []int{0, 1, 2, 4}[g.pick(4)]
		l := make([]interface{}, n)
		for i := range l {
			l[i] = g.data(depth + 1)
		}
		return l
	default:
		m := map[string]interface{}{}
		n := g.pick(6)
		for i := 0; i < n; i++ {
			m[keys[g.pick(len(keys))]] = g.data(depth + 1)
		}
		return m
	}
}

// randomFloat returns a float64 of a random magnitude, often integral (as JSON numbers from
// Consul are), sometimes at the edges of %v's exponent switch (1e-4, 1e21).
func (g *gen) randomFloat() float64 {
	switch g.pick(6) {
	case 0:
		return float64(g.r.Int63n(1<<53)) * []float64{1, -1}[g.pick(2)]
	case 1:
		return float64(g.r.Intn(70000))
	case 2:
		return math.Pow(10, float64(g.pick(50)-25)) * []float64{1, 1.5, 9.999, 0.5}[g.pick(4)]
	case 3:
		return math.Ldexp(g.r.Float64(), g.pick(2098)-1074)
	default:
		return (g.r.Float64() - 0.5) * math.Pow(10, float64(g.pick(30)-10))
	}
}

// Code point ranges assigned in Unicode 12 or earlier (Go 1.19's tables are Unicode 13, current
// Go's are 15: newer characters would print differently under %q, %+q and js).
var runeRanges = [][2]rune{{0x20, 0x7e}, {0x00, 0x1f}, {0x7f, 0x9f}, {0xa0, 0x17f}, {0x300, 0x36f},
	{0x391, 0x3c9}, {0x410, 0x44f}, {0x5d0, 0x5ea}, {0x2000, 0x206f}, {0x20ac, 0x20ac},
	{0x3040, 0x309f}, {0x4e00, 0x4fff}, {0xac00, 0xad00}, {0xe000, 0xe010}, {0xfeff, 0xfeff},
	{0xfff9, 0xfffd}, {0x1f300, 0x1f64f}, {0x10ffff, 0x10ffff}}

func (g *gen) randomString() string {
	var b strings.Builder
	for n := g.pick(8); n > 0; n-- {
		rr := runeRanges[g.pick(len(runeRanges))]
		b.WriteRune(rr[0] + rune(g.pick(int(rr[1]-rr[0]+1))))
	}
	return b.String()
}

// randomFormat returns a printf format of 1-3 random directives among text.
func (g *gen) randomFormat() string {
	var b strings.Builder
	for n := 1 + g.pick(3); n > 0; n-- {
		if g.chance(0.5) {
			b.WriteString([]string{"", " ", "x", "|", "=", "é"}[g.pick(6)])
		}
		b.WriteString("%")
		for _, f := range "+-# 0" {
			if g.chance(0.15) {
				b.WriteRune(f)
			}
		}
		if g.chance(0.1) {
			b.WriteString(fmt.Sprintf("[%d]", 1+g.pick(3)))
		}
		switch g.pick(5) {
		case 0:
			b.WriteString(fmt.Sprint(g.pick(13)))
		case 1:
			if g.chance(0.2) {
				b.WriteString("*")
			}
		}
		switch g.pick(4) {
		case 0:
			b.WriteString("." + fmt.Sprint(g.pick(8)))
		case 1:
			if g.chance(0.2) {
				b.WriteString(".*")
			} else if g.chance(0.2) {
				b.WriteString(".")
			}
		}
		if g.chance(0.03) {
			break // a trailing "%..." without a verb
		}
		b.WriteByte("vvvvdsqxXofeEgGtcUbT%w!zFO"[g.pick(26)])
	}
	return b.String()
}

func (g *gen) format() string {
	if g.chance(0.5) {
		return g.randomFormat()
	}
	return printfFormats[g.pick(len(printfFormats))]
}

func (g *gen) topData() interface{} {
	m := map[string]interface{}{}
	for _, k := range keys {
		if g.chance(0.8) {
			m[k] = g.data(1)
		}
	}
	// A few reliable shapes so that deep templates find something.
	m["list"] = []interface{}{g.data(2), g.data(2)}
	m["m"] = map[string]interface{}{"a": g.data(3), "name": strs[g.pick(len(strs))]}
	return m
}

func sortedKeys(m map[string]interface{}) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ---- scopes

func (g *gen) push()              { g.scopes = append(g.scopes, nil) }
func (g *gen) pop()               { g.scopes = g.scopes[:len(g.scopes)-1] }
func (g *gen) declare(v variable) { g.scopes[len(g.scopes)-1] = append(g.scopes[len(g.scopes)-1], v) }

func (g *gen) vars() []variable {
	var all []variable
	for _, s := range g.scopes {
		all = append(all, s...)
	}
	return all
}

func (g *gen) newVar() string {
	g.nvar++
	return fmt.Sprintf("$v%d", g.nvar)
}

// ---- expressions

// chainFrom returns a field chain (".a.b") starting at v, mostly following keys v has, and the
// value it reaches (unknown when it leaves the known data).
func (g *gen) chainFrom(v interface{}) (string, interface{}) {
	var b strings.Builder
	for n := 0; n < 4; n++ {
		m, isMap := v.(map[string]interface{})
		var k string
		if isMap && len(m) > 0 && g.chance(0.85) {
			ks := sortedKeys(m)
			k = ks[g.pick(len(ks))]
			v = m[k]
		} else {
			k = keys[g.pick(len(keys))]
			if isMap {
				v = m[k] // nil when absent: prints <no value> in both
			} else {
				v = unknown
			}
		}
		b.WriteString(".")
		b.WriteString(k)
		if _, more := v.(map[string]interface{}); !more || !g.chance(0.5) {
			break
		}
	}
	return b.String(), v
}

// paths lists the field chains below v (depth first, up to 3 levels) whose value satisfies ok.
func paths(prefix string, v interface{}, depth int, ok func(interface{}) bool, out *[][2]interface{}) {
	m, isMap := v.(map[string]interface{})
	if !isMap || depth > 3 {
		return
	}
	for _, k := range sortedKeys(m) {
		p := prefix + "." + k
		if ok(m[k]) {
			*out = append(*out, [2]interface{}{p, m[k]})
		}
		paths(p, m[k], depth+1, ok, out)
	}
}

// find returns an expression (".a.b", "$.a", "$v3.x", ".") whose value satisfies ok, and the
// value; ("", unknown) when nothing known fits.
func (g *gen) find(ok func(interface{}) bool) (string, interface{}) {
	var cands [][2]interface{}
	if g.dot != unknown {
		if ok(g.dot) {
			cands = append(cands, [2]interface{}{".", g.dot})
		}
		paths("", g.dot, 0, ok, &cands)
	}
	if g.root != unknown {
		if ok(g.root) {
			cands = append(cands, [2]interface{}{"$", g.root})
		}
		var rc [][2]interface{}
		paths("$", g.root, 0, ok, &rc)
		cands = append(cands, rc...)
	}
	for _, v := range g.vars() {
		if v.val == unknown {
			continue
		}
		if ok(v.val) {
			cands = append(cands, [2]interface{}{v.name, v.val})
		}
		paths(v.name, v.val, 0, ok, &cands)
	}
	if len(cands) == 0 {
		return "", unknown
	}
	c := cands[g.pick(len(cands))]
	return c[0].(string), c[1]
}

func isList(v interface{}) bool   { _, ok := v.([]interface{}); return ok }
func isMap(v interface{}) bool    { _, ok := v.(map[string]interface{}); return ok }
func isString(v interface{}) bool { _, ok := v.(string); return ok }
func isFloat(v interface{}) bool  { _, ok := v.(float64); return ok }
func isBool(v interface{}) bool   { _, ok := v.(bool); return ok }
func isAny(v interface{}) bool    { return true }
func isCollection(v interface{}) bool {
	return isList(v) || isMap(v)
}
func isSized(v interface{}) bool { return isList(v) || isMap(v) || isString(v) }

// fieldChain returns a field chain from dot (or a random one when dot is unknown), or "." when
// dot is known not to be a map.
func (g *gen) fieldChain() string {
	if g.dot != unknown && g.chance(0.95) {
		if !isMap(g.dot) && g.chance(0.9) {
			return "."
		}
		c, _ := g.chainFrom(g.dot)
		return c
	}
	n := 1 + g.pick(3)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(".")
		b.WriteString(keys[g.pick(len(keys))])
	}
	return b.String()
}

func floatLiteral(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func (g *gen) literal() string {
	switch g.pick(9) {
	case 0:
		return fmt.Sprint(g.pick(7) - 2)
	case 1:
		return floatLiteral(floats[g.pick(len(floats))])
	case 2:
		return fmt.Sprintf("%q", strs[g.pick(len(strs))])
	case 3:
		return []string{"true", "false"}[g.pick(2)]
	case 4:
		return []string{"0x10", "1e3", "'a'", "1_000", "-0", "0.5", "`raw`", "0o7", "1e-2"}[g.pick(9)]
	case 5:
		if g.chance(0.2) {
			return "nil"
		}
		return "1"
	default:
		return fmt.Sprint(g.pick(4))
	}
}

// typed returns an operand of the kind ok accepts when the data has one, else fallback (a
// literal of that kind), and now and then any operand at all.
func (g *gen) typed(ok func(interface{}) bool, fallback string) (string, interface{}) {
	if g.chance(0.95) {
		if e, v := g.find(ok); e != "" {
			return e, v
		}
		if fallback != "" {
			return fallback, unknown
		}
	}
	return g.operand(), unknown
}

// operand returns an argument: a field chain, variable, literal, dot or parenthesised pipeline.
func (g *gen) operand() string {
	vs := g.vars()
	switch g.pick(11) {
	case 0, 1, 2:
		return g.fieldChain()
	case 3:
		if len(vs) > 0 {
			v := vs[g.pick(len(vs))]
			if g.chance(0.3) {
				if v.val != unknown {
					c, _ := g.chainFrom(v.val)
					return v.name + c
				}
				return v.name + "." + keys[g.pick(len(keys))]
			}
			return v.name
		}
		if g.root != unknown {
			c, _ := g.chainFrom(g.root)
			return "$" + c
		}
		return "$"
	case 4, 5:
		return g.literal()
	case 6:
		if g.chance(0.5) {
			return "."
		}
		return "$"
	case 7:
		e, _ := g.find(isAny)
		if e != "" {
			return e
		}
		return g.fieldChain()
	default:
		if g.depth < 3 {
			g.depth++
			defer func() { g.depth-- }()
			p := "(" + g.pipeline(false) + ")"
			if g.chance(0.15) {
				p += "." + keys[g.pick(len(keys))]
			}
			return p
		}
		return g.fieldChain()
	}
}

var printfFormats = []string{"%v", "%s", "%d", "%q", "%x", "%5.2f", "%-6v|", "%t", "%T", "%g",
	"%e", "%08.3f", "%+d", "%[2]v %[1]v", "%v %v", "%%", "%", "%!", "%*d", "%.1s", "%#v", "%c",
	"%U", "%o", "%6s|", "%X", "% x", "%.0f", "%z", "%v=%d", "%.2f", "%s:%v", "%-10s|", "%3d"}

func (g *gen) args(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(" ")
		b.WriteString(g.operand())
	}
	return b.String()
}

// comparison returns "op A B" mostly with operands of one comparable kind.
func (g *gen) comparison(op string, piped bool) string {
	var a, b string
	switch g.pick(10) {
	case 0, 1, 2, 3, 4:
		e, v := g.typed(isString, fmt.Sprintf("%q", strs[g.pick(len(strs))]))
		a = e
		if s, ok := v.(string); ok && g.chance(0.5) {
			b = fmt.Sprintf("%q", s)
		} else {
			b = fmt.Sprintf("%q", strs[g.pick(len(strs))])
		}
	case 5, 6, 7, 8:
		e, v := g.typed(isFloat, floatLiteral(floats[g.pick(len(floats))]))
		a = e
		if f, ok := v.(float64); ok && g.chance(0.5) {
			b = floatLiteral(f)
		} else {
			b = floatLiteral(floats[g.pick(len(floats))])
		}
	default:
		a, b = g.operand(), g.operand()
	}
	if g.chance(0.5) {
		a, b = b, a
	}
	if piped {
		return op + " " + a
	}
	s := op + " " + a + " " + b
	if op == "eq" && g.chance(0.2) {
		s += " " + g.operand()
	}
	return s
}

// command returns one command of a pipeline; piped tells whether a value comes from the left.
func (g *gen) command(piped bool) string {
	if piped && g.chance(0.7) {
		// The piped value becomes the last argument: mostly use functions that take anything.
		switch g.pick(6) {
		case 0:
			return "print" + g.args(g.pick(2))
		case 1:
			return fmt.Sprintf("printf %q%s", g.format(), g.args(g.pick(2)))
		case 2:
			return []string{"html", "js", "urlquery", "println"}[g.pick(4)]
		case 3:
			return []string{"and", "or"}[g.pick(2)] + g.args(1)
		case 4:
			return "not"
		default:
			return "printf \"%v\""
		}
	}
	switch g.pick(16) {
	case 0, 1:
		if piped {
			return "print" + g.args(g.pick(2))
		}
		return g.operand()
	case 2, 3:
		return fmt.Sprintf("printf %q%s", g.format(), g.args(g.pick(3)))
	case 4:
		return []string{"and", "or"}[g.pick(2)] + g.args(1+g.pick(2))
	case 5:
		if piped {
			return "not"
		}
		return "not" + g.args(1)
	case 6:
		if piped {
			return "len"
		}
		e, _ := g.typed(isSized, `"abc"`)
		return "len " + e
	case 7, 8:
		e, v := g.typed(func(v interface{}) bool {
			l, isL := v.([]interface{})
			m, isM := v.(map[string]interface{})
			return isL && len(l) > 0 || isM && len(m) > 0
		}, "")
		s := "index " + e
		for n := 1 + g.pick(2); n > 0; n-- {
			switch x := v.(type) {
			case []interface{}:
				i := len(x)
				if len(x) > 0 && g.chance(0.95) {
					i = g.pick(len(x))
				}
				s += " " + fmt.Sprint(i)
				if i < len(x) {
					v = x[i]
				} else {
					v = unknown
				}
			case map[string]interface{}:
				k := keys[g.pick(len(keys))]
				if ks := sortedKeys(x); len(ks) > 0 && g.chance(0.8) {
					k = ks[g.pick(len(ks))]
				}
				s += fmt.Sprintf(" %q", k)
				v = x[k]
			default:
				if n == 1 && g.chance(0.3) {
					s += " " + g.operand()
				} else {
					s += " 0"
				}
				v = unknown
			}
			if v == unknown || !isCollection(v) || g.chance(0.5) {
				break
			}
		}
		return s
	case 9:
		e, v := g.typed(func(v interface{}) bool { return isList(v) || isString(v) }, `"hello"`)
		n := 0
		switch x := v.(type) {
		case []interface{}:
			n = len(x)
		case string:
			n = len(x)
		}
		s := "slice " + e
		if n > 0 || g.chance(0.3) {
			i := g.pick(n + 1)
			s += " " + fmt.Sprint(i)
			if g.chance(0.5) {
				s += " " + fmt.Sprint(i+g.pick(n-i+1))
			}
		}
		return s
	case 10, 11:
		return g.comparison([]string{"eq", "ne", "lt", "le", "gt", "ge"}[g.pick(6)], piped)
	case 12:
		return []string{"html", "js", "urlquery"}[g.pick(3)] + g.args(g.pick(3))
	case 13:
		return []string{"print", "println"}[g.pick(2)] + g.args(g.pick(3))
	default:
		if piped {
			return "printf \"%v\""
		}
		return g.operand()
	}
}

func (g *gen) pipeline(allowDecl bool) string {
	var b strings.Builder
	var declared *variable
	if allowDecl && g.chance(0.15) {
		// Assign only to variables never ranged over: they could receive an integer.
		var vs []variable
		for _, v := range g.vars() {
			if !v.rangeOK {
				vs = append(vs, v)
			}
		}
		if len(vs) > 0 && g.chance(0.3) {
			b.WriteString(vs[g.pick(len(vs))].name + " = ")
		} else {
			declared = &variable{name: g.newVar(), val: unknown}
			b.WriteString(declared.name + " := ")
		}
	}
	b.WriteString(g.command(false))
	for n := g.pick(3); n > 0 && g.chance(0.4); n-- {
		b.WriteString(" | ")
		b.WriteString(g.command(true))
	}
	if declared != nil {
		g.declare(*declared)
	}
	return b.String()
}

func (g *gen) open() string {
	if g.chance(0.15) {
		return "{{- "
	}
	return "{{"
}

func (g *gen) close() string {
	if g.chance(0.15) {
		return " -}}"
	}
	return "}}"
}

var texts = []string{"a", " ", "\n", "x y", "}", "é", "\t", "-", "  \n  ", ",", "[", "]",
	"line\n", ": ", "server ", "<", "&", "%"}

// rangeable returns a pipeline safe to range over in all Go versions (never an integer) and a
// representative element (unknown if not known).
func (g *gen) rangeable() (string, interface{}) {
	e, v := "", unknown
	switch g.pick(8) {
	case 0:
		var cands []variable
		for _, x := range g.vars() {
			if x.rangeOK {
				cands = append(cands, x)
			}
		}
		if len(cands) > 0 {
			x := cands[g.pick(len(cands))]
			e, v = x.name, x.val
		}
	case 1:
		if g.dot != unknown {
			e, v = ".", g.dot
		}
	case 2:
		le, lv := g.typed(isList, "")
		e, v = "slice "+le+" "+fmt.Sprint(g.pick(2)), lv
	case 3:
		e, v = g.chainFrom(g.dot)
	default:
		e, v = g.find(isCollection)
	}
	// A define may be called with any argument (an integer too), so never range over its dot.
	if e == "" || (e == "$" || e == ".") && g.inDef || e == "." && g.dot == unknown {
		e, v = g.fieldChain(), unknown
		if e == "." {
			e = "." + keys[g.pick(len(keys))]
		}
	}
	switch x := v.(type) {
	case []interface{}:
		if len(x) > 0 {
			return e, x[g.pick(len(x))]
		}
	case map[string]interface{}:
		if ks := sortedKeys(x); len(ks) > 0 {
			return e, x[ks[g.pick(len(ks))]]
		}
	}
	return e, unknown
}

func (g *gen) list(budget int) string {
	var b strings.Builder
	for budget > 0 {
		budget--
		switch k := g.pick(20); {
		case k < 5:
			b.WriteString(texts[g.pick(len(texts))])
		case k < 11:
			b.WriteString(g.open() + g.pipeline(true) + g.close())
		case k < 12:
			b.WriteString(g.open() + "/* c */" + g.close())
		case k < 14 && g.depth < 3:
			g.depth++
			g.push()
			b.WriteString(g.open() + "if " + g.pipeline(true) + g.close())
			b.WriteString(g.list(1 + g.pick(3)))
			for g.chance(0.3) {
				g.push()
				b.WriteString(g.open() + "else if " + g.pipeline(true) + g.close())
				b.WriteString(g.list(1 + g.pick(2)))
				g.pop()
			}
			if g.chance(0.5) {
				b.WriteString(g.open() + "else" + g.close())
				b.WriteString(g.list(1 + g.pick(2)))
			}
			g.pop()
			b.WriteString(g.open() + "end" + g.close())
			g.depth--
		case k < 16 && g.depth < 3:
			g.depth++
			pipe, elem := g.rangeable()
			g.push()
			decl := ""
			switch g.pick(3) {
			case 0:
				v := g.newVar()
				decl = v + " := "
				g.declare(variable{name: v, val: elem, rangeOK: true})
			case 1:
				i, e := g.newVar(), g.newVar()
				decl = i + ", " + e + " := "
				g.declare(variable{name: i, val: unknown})
				g.declare(variable{name: e, val: elem, rangeOK: true})
			}
			saved := g.dot
			b.WriteString(g.open() + "range " + decl + pipe + g.close())
			g.dot = elem
			g.inRng++
			b.WriteString(g.list(1 + g.pick(4)))
			g.inRng--
			g.dot = saved
			g.pop()
			if g.chance(0.3) {
				b.WriteString(g.open() + "else" + g.close())
				b.WriteString(g.list(1 + g.pick(2)))
			}
			b.WriteString(g.open() + "end" + g.close())
			g.depth--
		case k < 17 && g.depth < 3:
			g.depth++
			saved := g.dot
			var pipe string
			if g.chance(0.7) {
				var v interface{}
				pipe, v = g.find(func(v interface{}) bool { return v != nil })
				if pipe == "" {
					pipe, v = g.chainFrom(g.dot)
				}
				g.dot = v
			} else {
				pipe = g.pipeline(false)
				g.dot = unknown
			}
			g.push()
			b.WriteString(g.open() + "with " + pipe + g.close())
			b.WriteString(g.list(1 + g.pick(3)))
			g.dot = saved
			g.pop()
			if g.chance(0.4) {
				b.WriteString(g.open() + "else" + g.close())
				b.WriteString(g.list(1 + g.pick(2)))
			}
			b.WriteString(g.open() + "end" + g.close())
			g.depth--
		case k < 18 && g.inRng > 0:
			b.WriteString("{{if " + g.pipeline(false) + "}}{{" + []string{"break", "continue"}[g.pick(2)] + "}}{{end}}")
		case k < 19 && len(g.defs) > 0:
			d := g.defs[g.pick(len(g.defs))]
			arg := ""
			switch {
			case !g.inDef && g.chance(0.8):
				arg = " $" + d.arg
			case g.chance(0.6):
				arg = " " + g.operand()
			}
			b.WriteString(g.open() + fmt.Sprintf("template %q", d.name) + arg + g.close())
		default:
			b.WriteString(texts[g.pick(len(texts))])
		}
	}
	return b.String()
}

// mutate damages a template a little, to exercise parse errors.
func (g *gen) mutate(s string) string {
	if len(s) == 0 {
		return "{{"
	}
	i := g.pick(len(s))
	switch g.pick(4) {
	case 0:
		return s[:i] + s[i+1:]
	case 1:
		c := []string{"{", "}", "(", ")", "|", "$", ".", "\"", "`", "-", " ", ":=", "'", "{{", "}}", "end"}
		return s[:i] + c[g.pick(len(c))] + s[i:]
	case 2:
		return s[:i]
	default:
		j := g.pick(len(s))
		if j < i {
			i, j = j, i
		}
		return s[:i] + s[j:]
	}
}

func (g *gen) template(data interface{}) string {
	g.top = data
	g.scopes = nil
	g.nvar = 0
	g.inRng = 0
	g.defs = nil
	g.depth = 0
	var b strings.Builder
	for n := g.pick(3); n > 0 && g.chance(0.5); n-- {
		name := fmt.Sprintf("d%d", len(g.defs))
		arg, v := g.chainFrom(data)
		g.push()
		g.inDef = true
		g.root, g.dot = v, v
		b.WriteString(fmt.Sprintf("{{define %q}}", name) + g.list(1+g.pick(4)) + "{{end}}")
		g.inDef = false
		g.pop()
		g.defs = append(g.defs, def{name, arg}) // callable from later definitions only: no recursion
	}
	g.push()
	g.root, g.dot = data, data
	b.WriteString(g.list(2 + g.pick(8)))
	g.pop()
	s := b.String()
	if g.chance(0.05) {
		s = g.mutate(s)
	}
	return s
}

type outCase struct {
	Name       string      `json:"name"`
	Tmpl       string      `json:"tmpl"`
	Data       interface{} `json:"data"`
	MissingKey string      `json:"missingkey,omitempty"`
	LDelim     string      `json:"ldelim,omitempty"`
	RDelim     string      `json:"rdelim,omitempty"`
}

func main() {
	seed := flag.Int64("seed", 1, "random seed")
	n := flag.Int("n", 2000, "number of cases")
	flag.Parse()
	g := &gen{r: rand.New(rand.NewSource(*seed))}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 0; i < *n; i++ {
		data := g.topData()
		c := outCase{Name: fmt.Sprintf("fuzz-%d-%d", *seed, i), Data: data, Tmpl: g.template(data)}
		switch k := g.pick(10); {
		case k == 0:
			c.MissingKey = "zero"
		case k == 1:
			c.MissingKey = "error"
		}
		if g.chance(0.05) {
			// consul-template's custom delimiters: the same template with other delimiters.
			d := [][2]string{{"[[", "]]"}, {"<%", "%>"}, {"{{{", "}}}"}, {"$(", ")"}}[g.pick(4)]
			c.LDelim, c.RDelim = d[0], d[1]
			c.Tmpl = strings.NewReplacer("{{", d[0], "}}", d[1]).Replace(c.Tmpl)
		}
		if err := enc.Encode(c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
