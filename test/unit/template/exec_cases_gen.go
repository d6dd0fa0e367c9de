//go:build ignore

// exec_cases_gen: prints the GENERATED table of exec_test.cc by running Go's own text/template
// on every case. The datasets and functions here mirror makeData() and makeFuncs() in
// exec_test.cc; keep them in sync.
//
// Usage: go run exec_cases_gen.go > /tmp/cases.inc, then replace the lines between the
// GENERATED markers of exec_test.cc with its output. Cases Go fails to parse are reported on
// stderr and left out (Go 1.19 lacks `else with` and range over int: those cases are written by
// hand in exec_test.cc).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type tc struct {
	name, tmpl, data string
	mk               string // "", "zero", "error"
	exec             string // execute a named template instead of the main one
}

func c(name, tmpl, data string) tc        { return tc{name: name, tmpl: tmpl, data: data} }
func cm(name, tmpl, data, mk string) tc   { return tc{name: name, tmpl: tmpl, data: data, mk: mk} }
func ce(name, tmpl, data, exec string) tc { return tc{name: name, tmpl: tmpl, data: data, exec: exec} }

func cppQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '\\':
			b.WriteString(`\\`)
		case ch == '"':
			b.WriteString(`\"`)
		case ch == '\n':
			b.WriteString(`\n`)
		case ch == '\t':
			b.WriteString(`\t`)
		case ch == '?':
			b.WriteString(`?`)
		case ch >= 0x20 && ch < 0x7f:
			b.WriteByte(ch)
		default:
			fmt.Fprintf(&b, `\%03o`, ch)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func run(t tc) (string, bool, error) {
	var tmpl *template.Template
	tmpl = template.New("t")
	tmpl.Funcs(funcMap(&tmpl))
	if t.mk != "" {
		tmpl.Option("missingkey=" + t.mk)
	}
	if _, err := tmpl.Parse(t.tmpl); err != nil {
		return "", false, err
	}
	var b bytes.Buffer
	var err error
	if t.exec != "" {
		err = tmpl.ExecuteTemplate(&b, t.exec, dataset(t.data))
	} else {
		err = tmpl.Execute(&b, dataset(t.data))
	}
	if err != nil {
		return err.Error(), false, nil
	}
	return b.String(), true, nil
}

func main() {
	names := map[string]bool{}
	for _, t := range cases {
		if names[t.name] {
			fmt.Fprintf(os.Stderr, "duplicate case name %q\n", t.name)
			os.Exit(1)
		}
		names[t.name] = true
		out, ok, perr := run(t)
		if perr != nil {
			fmt.Fprintf(os.Stderr, "case %q: parse error: %v\n", t.name, perr)
			continue
		}
		mk := "MissingKey::Invalid"
		switch t.mk {
		case "zero":
			mk = "MissingKey::Zero"
		case "error":
			mk = "MissingKey::Error"
		}
		fmt.Printf("    {%s, %s, %s, %s, %s, %v, %s},\n", cppQuote(t.name), cppQuote(t.tmpl),
			cppQuote(t.data), mk, cppQuote(t.exec), ok, cppQuote(out))
	}
}

type U struct{ V string }

func (u *U) TrueFalse(b bool) string {
	if b {
		return "true"
	}
	return ""
}

type S []string

func (S) Method0() string { return "M0" }

type T struct {
	True            bool
	I               int
	U16             uint16
	X, S            string
	FloatZero       float64
	I64             int64
	U64             uint64
	F32             float32
	I8              int8
	U8              uint8
	NegOne          int
	U               *U
	NilU            *U
	SI              []int
	SIEmpty         []int
	SB              []bool
	SS              []string
	SSEmpty         []string
	SL              S
	MSI             map[string]int
	MSIone          map[string]int
	MSIEmpty        map[string]int
	MSS             map[string]string
	SMSI            []map[string]int
	Empty0          any
	Empty1          any
	Empty2          any
	Empty3          any
	Empty4          any
	NIL             *int
	Iface           []any
	MIface          map[string]any
	BinaryFunc      func(string, string) string
	VariadicFunc    func(...string) string
	VariadicFuncInt func(int, ...string) string
	ErrFunc         func() (string, error)
	FailFunc        func() (string, error)
	unexported      int
}

func (t *T) Method0() string                   { return "M0" }
func (t *T) Method1(a int) int                 { return a }
func (t *T) Method2(a uint16, b string) string { return fmt.Sprintf("Method2: %d %s", a, b) }
func (t *T) Method3(v any) string              { return fmt.Sprintf("Method3: %v", v) }
func (t *T) MAdd(a int, b []int) []int {
	v := make([]int, len(b))
	for i, x := range b {
		v[i] = x + a
	}
	return v
}
func (t *T) MyError(e bool) (bool, error) {
	if e {
		return true, errors.New("my error")
	}
	return false, nil
}
func (t *T) GetU() *U { return t.U }

func newT() *T {
	return &T{
		True: true, I: 17, U16: 16, X: "x", S: "xyz",
		I64: -64, U64: 64, F32: 2.5, I8: -8, U8: 8, NegOne: -1,
		U:        &U{"v"},
		SI:       []int{3, 4, 5},
		SIEmpty:  []int{},
		SB:       []bool{true, false},
		SS:       []string{"a", "b", "c"},
		SSEmpty:  []string{},
		SL:       S{"a", "b"},
		MSI:      map[string]int{"one": 1, "two": 2, "three": 3},
		MSIone:   map[string]int{"one": 1},
		MSIEmpty: map[string]int{},
		MSS:      map[string]string{"k": "v", "a": "b"},
		SMSI:     []map[string]int{{"one": 1, "two": 2}, {"eleven": 11, "twelve": 12}},
		Empty1:   3,
		Empty2:   "empty2",
		Empty3:   []int{7, 8},
		Empty4:   &U{"UinEmpty"},
		Iface:    []any{1, "two", nil, 3.5, []int{1}, map[string]any{"k": "v"}},
		MIface: map[string]any{"a": 1, "n": nil, "m": map[string]any{"x": "y"},
			"l": []any{"p", nil}, "s": "str"},
		BinaryFunc:      func(a, b string) string { return fmt.Sprintf("[%s=%s]", a, b) },
		VariadicFunc:    func(s ...string) string { return fmt.Sprint("<", strings.Join(s, "+"), ">") },
		VariadicFuncInt: func(a int, s ...string) string { return fmt.Sprint(a, "=<", strings.Join(s, "+"), ">") },
		ErrFunc:         func() (string, error) { return "bla", nil },
		FailFunc:        func() (string, error) { return "", errors.New("func failed") },
	}
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

type Cmp struct {
	Uthree, Ufour uint
	NegOne, Three int
	NilPtr        *int
	F             float64
	F32           float32
	I64           int64
	U8            uint8
	S             string
	B             bool
	SI            []int
	M             map[string]int
	P1, P2        *U
}

func count(n int) chan string {
	if n == 0 {
		return nil
	}
	c := make(chan string, n)
	for i := 0; i < n; i++ {
		c <- "abcdefghijklmnop"[i : i+1]
	}
	close(c)
	return c
}

func dataset(name string) any {
	switch name {
	case "nil":
		return nil
	case "T":
		return newT()
	case "int":
		return 13
	case "uint":
		return uint(14)
	case "float":
		return 15.1
	case "bool":
		return true
	case "str":
		return "hello"
	case "quote":
		return `It'd be nice.`
	case "slice":
		return []int{-1, -2, -3}
	case "mapsi":
		return map[string]int{"two": 22}
	case "mss":
		return map[string]string{"cause": "neglect", "x": "99"}
	case "i64":
		return int64(5)
	case "u8":
		return uint8(200)
	case "chan":
		return count(3)
	case "emptychan":
		c := make(chan string)
		close(c)
		return c
	case "J":
		return map[string]any{
			"name": "web", "port": 8080, "tags": []any{"a", "b"},
			"meta":   map[string]any{"env": "prod", "n": nil},
			"null":   nil,
			"list":   []any{map[string]any{"id": 1}, nil, "x"},
			"empty":  []any{},
			"f":      1.5,
			"t":      true,
			"nested": map[string]any{"a": map[string]any{"b": "deep"}},
			"html":   "<a href=\"x\">'&'</a>",
		}
	case "Tree":
		return &Tree{1,
			&Tree{2, &Tree{3, &Tree{4, nil, nil}, nil}, &Tree{5, &Tree{6, nil, nil}, nil}},
			&Tree{7, &Tree{8, &Tree{9, nil, nil}, nil}, &Tree{10, &Tree{11, nil, nil}, nil}}}
	case "Cmp":
		p := &U{"p"}
		return &Cmp{Uthree: 3, Ufour: 4, NegOne: -1, Three: 3, F: 1.5, F32: 1.5, I64: 3, U8: 3,
			S: "s", B: true, SI: []int{1}, M: map[string]int{"a": 1}, P1: p, P2: &U{"p"}}
	case "nilT":
		return (*T)(nil)
	case "nilU":
		return (*U)(nil)
	case "ifaces":
		return []any{nil, 1, "s", &U{"u"}}
	case "services":
		var out []map[string]any
		for i := 0; i < 3; i++ {
			out = append(out, map[string]any{"Name": fmt.Sprintf("svc%d", i), "Port": 8000 + i,
				"Tags": []string{"t" + fmt.Sprint(i)}})
		}
		return out
	}
	panic("no dataset " + name)
}

func add(args ...int) int {
	sum := 0
	for _, x := range args {
		sum += x
	}
	return sum
}

func makemap(arg ...string) map[string]string {
	if len(arg)%2 != 0 {
		panic("bad makemap")
	}
	m := make(map[string]string)
	for i := 0; i < len(arg); i += 2 {
		m[arg[i]] = arg[i+1]
	}
	return m
}

func funcMap(t **template.Template) template.FuncMap {
	return template.FuncMap{
		"add":         add,
		"count":       count,
		"dddArg":      func(a int, b ...string) string { return fmt.Sprintln(a, b) },
		"die":         func() bool { panic("die") },
		"echo":        func(arg any) any { return arg },
		"makemap":     makemap,
		"mapOfThree":  func() any { return map[string]int{"three": 3} },
		"oneArg":      func(a string) string { return "oneArg=" + a },
		"twoArgs":     func(a, b string) string { return "twoArgs=" + a + b },
		"returnInt":   func() int { return 7 },
		"typeOf":      func(arg any) string { return fmt.Sprintf("%T", arg) },
		"valueString": func(v string) string { return "value is ignored" },
		"zeroArgs":    func() string { return "zeroArgs" },
		"fail":        func() (string, error) { return "", errors.New("boom") },
		"failArg":     func(s string) (string, error) { return "", errors.New("bad: " + s) },
		"add64":       func(a, b int64) int64 { return a + b },
		"fadd":        func(a, b float64) float64 { return a + b },
		"u64":         func(u uint64) uint64 { return u * 2 },
		"isTrue":      func(b bool) bool { return b },
		"joinS":       func(items []string, sep string) string { return strings.Join(items, sep) },
		"strs":        func() []string { return []string{"a", "b"} },
		"nilv":        func() any { return nil },
		"i64":         func() int64 { return 5 },
		"u16":         func() uint16 { return 16 },
		"lenS":        func(items []string) int { return len(items) },
		"vjoin":       func(sep string, xs ...string) string { return strings.Join(xs, sep) },
		"vany":        func(xs ...any) int { return len(xs) },
		"executeTemplate": func(s string, data ...any) (string, error) {
			var dot any
			switch len(data) {
			case 0:
			case 1:
				dot = data[0]
			default:
				return "", fmt.Errorf("executeTemplate: wrong number of arguments, expected 1 or 0, got %d", len(data))
			}
			var b bytes.Buffer
			if err := (*t).ExecuteTemplate(&b, s, dot); err != nil {
				return "", err
			}
			return b.String(), nil
		},
	}
}

var cases = []tc{
	// Trivial and text.
	c("empty", "", "nil"),
	c("text", "some text", "nil"),
	c("text multiline", "a\nb\n\tc", "nil"),
	c("nil action", "{{nil}}", "nil"),
	c("nil action with data", "x{{nil}}", "T"),
	c("comment", "a{{/* c */}}b", "nil"),
	c("trim", "a {{- 1 -}} b", "nil"),

	// Ideal constants.
	c("ideal int", "{{typeOf 3}}", "int"),
	c("ideal float", "{{typeOf 1.0}}", "int"),
	c("ideal exp float", "{{typeOf 1e1}}", "int"),
	c("ideal big int", "{{typeOf 0x7fffffffffffffff}}", "int"),
	c("ideal too big", "{{typeOf 0x8000000000000000}}", "int"),
	c("ideal too big print", "{{0x8000000000000000}}", "int"),
	c("ideal rune", "{{typeOf 'a'}} {{'a'}}", "int"),
	c("ideal hex", "{{0x1F}} {{typeOf 0xef}}", "int"),
	c("ideal octal", "{{0o17}} {{017}}", "int"),
	c("ideal float print", "{{1.5}} {{1e3}} {{1.0}}", "int"),
	c("ideal neg", "{{-3}} {{-1.5}}", "int"),
	c("ideal hex float", "{{0x1p4}}", "int"),
	c("ideal huge float", "{{1e100}}", "int"),

	c("ideal string", `{{"a\tb"}}{{"\u00e9"}}`, "int"),
	c("ideal raw string", "{{`a\\tb`}}", "int"),
	c("ideal bool", "{{true}} {{false}}", "int"),

	// Fields of structs.
	c(".X", "-{{.X}}-", "T"),
	c(".U.V", "-{{.U.V}}-", "T"),
	c(".unexported", "{{.unexported}}", "T"),
	c(".Missing", "{{.Missing}}", "T"),
	c(".U.Missing", "{{.U.Missing}}", "T"),
	c(".X.Y on string", "{{.X.Y}}", "T"),
	c(".I field kinds", "{{.I}} {{.U16}} {{.I64}} {{.U64}} {{.F32}} {{.I8}} {{.U8}} {{.FloatZero}}", "T"),
	c(".NilU.V", "{{.NilU.V}}", "T"),
	c(".NilU", "{{.NilU}}", "T"),
	c(".NIL", "{{.NIL}}", "T"),
	c("field has args", "{{.X 1}}", "T"),
	c("field has pipe arg", "{{1 | .X}}", "T"),
	c("field on nil T", "{{.X}}", "nilT"),
	c("missing field on int", "{{.X}}", "int"),
	c("field on slice", "{{.SI.X}}", "T"),
	c("field on func", "{{.BinaryFunc.X}}", "T"),
	c("field on bool", "{{.True.X}}", "T"),

	// Fields on maps.
	c("map .one", "{{.MSI.one}}", "T"),
	c("map .NO", "{{.MSI.NO}}", "T"),
	cm("map .NO zero", "{{.MSI.NO}}", "T", "zero"),
	cm("map .NO error", "{{.MSI.NO}}", "T", "error"),
	cm("map .one error", "{{.MSI.one}}", "T", "error"),
	c("map .WRONG args", "{{.MSI.one 1}}", "T"),
	c("map lower case", "{{.cause}}", "mss"),
	c("map missing default", "{{.x}} {{.y}}", "mss"),
	cm("map missing zero string", "{{.x}} [{{.y}}]", "mss", "zero"),
	cm("map missing error", "{{.x}} {{.y}}", "mss", "error"),
	cm("nil data error", "{{.x}}", "nil", "error"),
	cm("nil data zero", "{{.x}}", "nil", "zero"),
	c("nil data", "{{.x}}", "nil"),
	c("nil data chain", "{{.x.y.z}}", "nil"),
	cm("nil data chain error", "{{.x.y}}", "nil", "error"),
	c("field on parenthesized nil", "{{(.).foo}}", "nil"),
	c("map chain", "{{.nested.a.b}}", "J"),
	c("map chain missing", "{{.nested.x.b}}", "J"),
	cm("map chain missing zero", "{{.nested.x.b}}", "J", "zero"),
	cm("map chain missing error", "{{.nested.x.b}}", "J", "error"),
	c("json null", "{{.null}}", "J"),
	c("json null field", "{{.null.x}}", "J"),
	c("json int field", "{{.port.x}}", "J"),
	c("json missing field", "{{.missing.x}}", "J"),
	c("json var of int field", "{{$p := .port}}{{$p.x}}", "J"),
	c("json meta", "{{.meta.env}} {{.meta.n}} {{.meta.none}}", "J"),
	cm("json meta zero", "{{.meta.none}}", "J", "zero"),
	c("json print map", "{{.meta}}", "J"),
	c("json print list", "{{.list}}", "J"),
	c("json print all", "{{.}}", "J"),

	// Dots of all kinds.
	c("dot int", "<{{.}}>", "int"),
	c("dot uint", "<{{.}}>", "uint"),
	c("dot float", "<{{.}}>", "float"),
	c("dot bool", "<{{.}}>", "bool"),
	c("dot string", "<{{.}}>", "str"),
	c("dot slice", "<{{.}}>", "slice"),
	c("dot map", "<{{.}}>", "mapsi"),
	c("dot nil", "<{{.}}>", "nil"),
	c("dot u8", "<{{.}}>", "u8"),
	c("dot struct ptr", "<{{.U}}>", "T"),
	c("dot chan", "{{.}}", "chan"),
	c("dot nil ptr", "<{{.}}>", "nilU"),

	// Variables.
	c("$ int", "{{$}}", "int"),
	c("$.I", "{{$.I}}", "T"),
	c("$.U.V", "{{$.U.V}}", "T"),
	c("declare in action", "{{$x := $.U.V}}{{$x}}", "T"),
	c("simple assignment", "{{$x := 2}}{{$x = 3}}{{$x}}", "T"),
	c("nested assignment", "{{$x := 2}}{{if true}}{{$x = 3}}{{end}}{{$x}}", "T"),
	c("nested assignment changes the last declaration", "{{$x := 1}}{{if true}}{{$x := 2}}{{if true}}{{$x = 3}}{{end}}{{end}}{{$x}}", "T"),
	c("declaration scope ends", "{{if true}}{{$x := 2}}{{end}}{{$x := 3}}{{$x}}", "T"),
	c("declare prints nothing", "[{{$x := 5}}]", "T"),
	c("assign prints nothing", "[{{$x := 5}}{{$x = 6}}]{{$x}}", "T"),
	c("var with args", "{{$x := 1}}{{$x 2}}", "T"),
	c("var with pipe", "{{$x := 1}}{{3 | $x}}", "T"),
	c("var field", "{{$x := .U}}{{$x.V}}", "T"),
	c("var missing field", "{{$x := .U}}{{$x.W}}", "T"),
	c("var in range", "{{range $i, $x := .SI}}{{$i}}{{$x}}{{end}}", "T"),
	c("var outer from range", "{{$y := 0}}{{range .SI}}{{$y = .}}{{end}}{{$y}}", "T"),
	c("var $ in template", `{{define "x"}}{{$}}{{end}}{{template "x" 5}}`, "T"),
	c("var no dynamic scope", `{{define "x"}}{{$.X}}{{end}}{{$y := 1}}{{template "x" .}}`, "T"),
	c("var decl in with", "{{with $x := .X}}{{$x}}{{.}}{{end}}", "T"),
	c("var decl in if", "{{if $x := .I}}{{$x}}{{end}}", "T"),
	c("var decl in if else", "{{if $x := 0}}{{$x}}{{else}}{{$x}}{{end}}", "T"),
	c("var nil", "{{$x := nil}}{{$x}}", "T"),
	c("var two decls in pipe", "{{$x := 1}}{{$y := $x}}{{$y}}", "T"),

	// Method calls.
	c(".Method0", "-{{.Method0}}-", "T"),
	c(".Method1(1234)", "-{{.Method1 1234}}-", "T"),
	c(".Method1(.I)", "-{{.Method1 .I}}-", "T"),
	c(".Method2(3, .X)", "-{{.Method2 3 .X}}-", "T"),
	c(".Method2(.U16, `str`)", "-{{.Method2 .U16 `str`}}-", "T"),
	c(".Method2(.U16, $x)", "{{if $x := .X}}-{{.Method2 .U16 $x}}{{end}}-", "T"),
	c(".Method3(nil constant)", "-{{.Method3 nil}}-", "T"),
	c(".Method3(nil value)", "-{{.Method3 .MSI.unset}}-", "T"),
	c("method on var", "{{if $x := .}}-{{$x.Method2 .U16 $x.X}}{{end}}-", "T"),
	c("method on chained var", "{{range .MSIone}}{{if $.U.TrueFalse $.True}}{{$.U.TrueFalse $.True}}{{else}}WRONG{{end}}{{end}}", "T"),
	c("chained method", "{{range .MSIone}}{{if $.GetU.TrueFalse $.True}}{{$.U.TrueFalse $.True}}{{else}}WRONG{{end}}{{end}}", "T"),
	c("chained method on variable", "{{with $x := .}}{{with .SI}}{{$.GetU.TrueFalse $.True}}{{end}}{{end}}", "T"),
	c("error method, error", "{{.MyError true}}", "T"),
	c("error method, no error", "{{.MyError false}}", "T"),
	c("method pipeline", "-{{.Method0 | .Method2 .U16}}-", "T"),
	c("method MAdd", "{{.MAdd 1 .SI}}", "T"),
	c("method on slice type", "{{.SL.Method0}}", "T"),
	c("method error via var", "{{$t := .}}{{$t.MyError true}}", "T"),
	c("method error in chain", "{{(.GetU).V}} {{.GetU.V}}", "T"),

	// Function call builtin.
	c(".BinaryFunc", "{{call .BinaryFunc `1` `2`}}", "T"),
	c(".VariadicFunc0", "{{call .VariadicFunc}}", "T"),
	c(".VariadicFunc2", "{{call .VariadicFunc `he` `llo`}}", "T"),
	c(".VariadicFuncInt", "{{call .VariadicFuncInt 33 `he` `llo`}}", "T"),
	c("if .BinaryFunc call", "{{ if .BinaryFunc}}{{call .BinaryFunc `1` `2`}}{{end}}", "T"),
	c("if not .BinaryFunc call", "{{ if not .BinaryFunc}}{{call .BinaryFunc `1` `2`}}{{else}}No{{end}}", "T"),
	c(".ErrFunc", "{{call .ErrFunc}}", "T"),
	c(".FailFunc", "{{call .FailFunc}}", "T"),
	c("call nil", "{{call nil}}", "T"),
	c("call missing", "{{call .Nothing}}", "mss"),
	c("call non-function", "{{call .X}}", "T"),
	c(".BinaryFuncTooFew", "{{call .BinaryFunc `1`}}", "T"),
	c(".BinaryFuncTooMany", "{{call .BinaryFunc `1` `2` `3`}}", "T"),
	c(".BinaryFuncBad0", "{{call .BinaryFunc 1 3}}", "T"),
	c(".BinaryFuncBad1", "{{call .BinaryFunc `1` 3}}", "T"),
	c(".VariadicFuncBad0", "{{call .VariadicFunc 3}}", "T"),
	c(".VariadicFuncIntBad0", "{{call .VariadicFuncInt}}", "T"),
	c(".VariadicFuncIntBad`", "{{call .VariadicFuncInt `x`}}", "T"),
	c(".VariadicFuncNilBad", "{{call .VariadicFunc nil}}", "T"),
	c("call int convert", "{{call .VariadicFuncInt .I64 `a`}}", "T"),
	c("call uint convert", "{{call .VariadicFuncInt .U16}}", "T"),
	c("call pipeline func", "-{{call .VariadicFunc `llo` | call .VariadicFunc `he` }}-", "T"),
	c("call no args", "{{call}}", "T"),
	c("print func", "{{.BinaryFunc}}", "T"),
	c("print chan", "{{count 2}}", "T"),

	// Pipelines.
	c("pipeline", "{{.X | printf \"%s-%s\" \"a\"}}", "T"),
	c("pipeline final wrong type", "{{3 | oneArg}}", "T"),
	c("pipeline final right type", "{{\"aaa\" | oneArg}}", "T"),
	c("pipeline final ddd wrong", "{{4 | dddArg 3}}", "T"),
	c("pipeline final ddd right", "{{\"x\" | dddArg 3}}", "T"),
	c("pipeline final ddd fixed", "{{3 | dddArg}}", "T"),
	c("pipeline to parens", "{{1 | (2)}}", "T"),
	c("pipeline three stages", "{{1 | add 2 | add 3}}", "T"),
	c("nil pipeline", "{{ .Empty0 | call .VariadicFunc }}", "T"),
	c("nil pipeline printf", "{{ .Empty0 | printf \"%v\" }}", "T"),
	c("bug16a", "{{true|printf}}", "T"),
	c("bug16b", "{{1|printf}}", "T"),
	c("bug16c", "{{1.1|printf}}", "T"),
	c("bug16d", "{{'x'|printf}}", "T"),
	c("bug16f", "{{true|twoArgs \"xxx\"}}", "T"),
	c("bug16g", "{{\"aaa\" |twoArgs \"bbb\"}}", "T"),
	c("bug16h", "{{1|oneArg}}", "T"),
	c("bug16i", "{{\"aaa\"|oneArg}}", "T"),
	c("bug16k", "{{\"aaa\"|printf }}", "T"),
	c("unparenthesized non-function", "{{1 2}}", "nil"),
	c("parenthesized non-function", "{{(1) 2}}", "nil"),
	c("parenthesized non-function with no args", "{{(1)}}", "nil"),
	c("bug7a", "{{3 2}}", "T"),
	c("string with args", "{{\"x\" 2}}", "T"),
	c("bool with args", "{{true 2}}", "T"),
	c("dot with args", "{{. 2}}", "T"),

	// Parenthesized expressions.
	c("parens in pipeline", "{{printf `%d %d %d` (1) (2 | add 3) (add 4 (add 5 6))}}", "T"),
	c("parens: $ in paren", "{{($).X}}", "T"),
	c("parens: $.GetU in paren", "{{($.GetU).V}}", "T"),
	c("parens: $ in paren in pipe", "{{($ | echo).X}}", "T"),
	c("parens: spaces and args", `{{(makemap "up" "down" "left" "right").left}}`, "T"),
	c("bug10", "{{mapOfThree.three}}-{{(mapOfThree).three}}", "int"),
	c("bug13", "{{print (.GetU).V}}", "T"),
	c("bug14a", "{{(nil).True}}", "T"),
	c("bug14b", "{{$x := nil}}{{$x.anything}}", "T"),
	c("bug14c", `{{$x := (1.0)}}{{$y := ("hello")}}{{$x.anything}}{{$y.true}}`, "T"),
	c("chain on function result missing", "{{(mapOfThree).four}}", "T"),
	c("chain on function result field of int", "{{(returnInt).X}}", "T"),
	c("chain with args", "{{(.U).TrueFalse true}}", "T"),
	c("chain field with args", "{{(.U).V 1}}", "T"),
	c("chain missing", "{{(.Missing).X}}", "T"),
	c("chain nil iface", "{{(index .Iface 2).X}}", "T"),

	// If.
	c("if true", "{{if true}}TRUE{{end}}", "T"),
	c("if false", "{{if false}}TRUE{{else}}FALSE{{end}}", "T"),
	c("if nil", "{{if nil}}TRUE{{end}}", "T"),
	c("if 1", "{{if 1}}NON-ZERO{{else}}ZERO{{end}}", "T"),
	c("if 0", "{{if 0}}NON-ZERO{{else}}ZERO{{end}}", "T"),
	c("if 1.5", "{{if 1.5}}NON-ZERO{{else}}ZERO{{end}}", "T"),
	c("if 0.0", "{{if .FloatZero}}NON-ZERO{{else}}ZERO{{end}}", "T"),
	c("if emptystring", "{{if ``}}NON-EMPTY{{else}}EMPTY{{end}}", "T"),
	c("if string", "{{if `notempty`}}NON-EMPTY{{else}}EMPTY{{end}}", "T"),
	c("if emptyslice", "{{if .SIEmpty}}NON-EMPTY{{else}}EMPTY{{end}}", "T"),
	c("if slice", "{{if .SI}}NON-EMPTY{{else}}EMPTY{{end}}", "T"),
	c("if emptymap", "{{if .MSIEmpty}}NON-EMPTY{{else}}EMPTY{{end}}", "T"),
	c("if map", "{{if .MSI}}NON-EMPTY{{else}}EMPTY{{end}}", "T"),
	c("if map unset", "{{if .MSI.none}}NON-ZERO{{else}}ZERO{{end}}", "T"),
	c("if map not unset", "{{if not .MSI.none}}ZERO{{else}}NON-ZERO{{end}}", "T"),
	c("if $x with $y int", "{{if $x := true}}{{with $y := .I}}{{$x}},{{$y}}{{end}}{{end}}", "T"),
	c("if $x with $x int", "{{if $x := true}}{{with $x := .I}}{{$x}},{{end}}{{$x}}{{end}}", "T"),
	c("if else if", "{{if false}}FALSE{{else if true}}TRUE{{end}}", "T"),
	c("if else chain", "{{if eq 1 3}}1{{else if eq 2 3}}2{{else if eq 3 3}}3{{end}}", "T"),
	c("if struct ptr", "{{if .U}}yes{{end}}", "T"),
	c("if nil ptr", "{{if .NilU}}yes{{else}}no{{end}}", "T"),
	c("if nil iface", "{{if .Empty0}}yes{{else}}no{{end}}", "T"),
	c("if func", "{{if .BinaryFunc}}yes{{end}}", "T"),
	c("if chan", "{{if count 1}}yes{{else}}no{{end}}", "T"),
	c("if empty chan", "{{if .}}yes{{else}}no{{end}}", "emptychan"),
	c("if error in pipeline", "{{if .X.Y}}yes{{end}}", "T"),
	c("if dot unchanged", "{{if .U}}{{.X}}{{end}}", "T"),

	// Print etc.
	c("print", `{{print "hello, print"}}`, "T"),
	c("print 123", `{{print 1 2 3}}`, "T"),
	c("print nil", `{{print nil}}`, "T"),
	c("print strings", `{{print "a" "b" 1 2 "c"}}`, "T"),
	c("print missing", `{{print .Missing}}`, "T"),
	c("print nil map entry", `{{print .MIface.n}}`, "T"),
	c("print struct ptr", `{{print .U}}`, "T"),
	c("print nil ptr", `{{print .NilU}}`, "T"),
	c("println", `{{println 1 2 3}}`, "T"),
	c("println strings", `{{println "a" "b"}}`, "T"),
	c("println empty", `{{println}}`, "T"),
	c("printf int", `{{printf "%04x" 127}}`, "T"),
	c("printf float", `{{printf "%g" 3.5}}`, "T"),
	c("printf string", `{{printf "%s" "hello"}}`, "T"),
	c("printf function", `{{printf "%#q" zeroArgs}}`, "T"),
	c("printf field", `{{printf "%s" .U.V}}`, "T"),
	c("printf method", `{{printf "%s" .Method0}}`, "T"),
	c("printf dot", `{{with .I}}{{printf "%d" .}}{{end}}`, "T"),
	c("printf var", `{{with $x := .I}}{{printf "%d" $x}}{{end}}`, "T"),
	c("printf lots", `{{printf "%d %s %g %s" 127 "hello" 7.5 .Method0}}`, "T"),
	c("printf T", `{{printf "%T %T %T %T %T" 1 1.5 "s" true nil}}`, "T"),
	c("printf T fields", `{{printf "%T %T %T %T" .U .SI .MSI .U16}}`, "T"),
	c("printf non-string format", `{{printf 1}}`, "T"),
	c("printf field format", `{{printf .X}}`, "T"),
	c("printf nil format", `{{printf nil}}`, "T"),
	c("printf missing format", `{{printf .Missing}}`, "T"),
	c("printf int format", `{{printf .I}}`, "T"),
	c("printf no args", `{{printf}}`, "T"),
	c("printf extra", `{{printf "%d" 1 2}}`, "T"),
	c("printf missing arg", `{{printf "%d %d" 1}}`, "T"),
	c("printf bad verb", `{{printf "%d" "s"}}`, "T"),
	c("printf v map", `{{printf "%v" .MSI}}`, "T"),
	c("printf q", `{{printf "%q" .SS}}`, "T"),

	// HTML.
	c("html", `{{html "<script>alert(\"XSS\");</script>"}}`, "nil"),
	c("html pipeline", `{{printf "<script>alert(\"XSS\");</script>" | html}}`, "nil"),
	c("html typed nil", `{{html .NIL}}`, "T"),
	c("html untyped nil", `{{html .Empty0}}`, "T"),
	c("html missing", `{{html .Missing}}`, "T"),
	c("html nil constant", `{{html nil}}`, "T"),
	c("html multiple", `{{html 1 2 "<" 3 nil 4}}`, "T"),
	c("html struct ptr", `{{html .U}}`, "T"),
	c("html apos amp", `{{html .html}}`, "J"),
	c("html nul", "{{html \"a\\x00b\"}}", "nil"),
	c("html int", `{{html 42}}`, "nil"),
	c("html no args", `{{html}}`, "nil"),

	// JavaScript.
	c("js", `{{js .}}`, "quote"),
	c("js specials", `{{js "\\ ' \" < > & = \t\n\x01"}}`, "nil"),
	c("js unicode", `{{js "Yukihiro says \"今日は世界\""}}`, "nil"),
	c("js unprintable", "{{js \"unprintable \\uFDFF\"}}", "nil"),
	c("js invalid utf8", "{{js \"a\\xffb\"}}", "nil"),
	c("js del", "{{js \"a\\x7fb\"}}", "nil"),
	c("js multiple", `{{js 1 "x" nil}}`, "nil"),
	c("js line separator", "{{js \"a\\u2028b\"}}", "nil"),

	// URL query.
	c("urlquery", `{{"http://www.example.org/"|urlquery}}`, "nil"),
	c("urlquery specials", `{{urlquery "a b&c=d/e?f#g~h-i_j.k+l%m"}}`, "nil"),
	c("urlquery unicode", `{{urlquery "é"}}`, "nil"),
	c("urlquery multiple", `{{urlquery 1 2 "x y"}}`, "nil"),
	c("urlquery nil", `{{urlquery .Missing}}`, "T"),

	// Booleans.
	c("not", "{{not true}} {{not false}}", "nil"),
	c("not values", "{{not 0}} {{not 1}} {{not \"\"}} {{not .SI}} {{not .SIEmpty}} {{not .Missing}} {{not nil}}", "T"),
	c("not no args", "{{not}}", "nil"),
	c("not two args", "{{not 1 2}}", "nil"),
	c("and", "{{and false 0}} {{and 1 0}} {{and 0 true}} {{and 1 1}}", "nil"),
	c("or", "{{or 0 0}} {{or 1 0}} {{or 0 true}} {{or 1 1}}", "nil"),
	c("or short-circuit", "{{or 0 1 (die)}}", "nil"),
	c("and short-circuit", "{{and 1 0 (die)}}", "nil"),
	c("or short-circuit2", "{{or 0 0 (die)}}", "nil"),
	c("and short-circuit2", "{{and 1 1 (die)}}", "nil"),
	c("and pipe-true", "{{1 | and 1}}", "nil"),
	c("and pipe-false", "{{0 | and 1}}", "nil"),
	c("or pipe-true", "{{1 | or 0}}", "nil"),
	c("or pipe-false", "{{0 | or 0}}", "nil"),
	c("and pipe only", "{{5 | and}}", "nil"),
	c("and no args", "{{and}}", "nil"),
	c("or no args", "{{or}}", "nil"),
	c("and undef", "{{and 1 .Unknown}}", "nil"),
	c("or undef", "{{or 0 .Unknown}}", "nil"),
	c("and nil", "{{and 1 nil}}", "nil"),
	c("or nil", "{{or nil}}", "nil"),
	c("boolean if", "{{if and true 1 `hi`}}TRUE{{else}}FALSE{{end}}", "T"),
	c("boolean if not", "{{if and true 1 `hi` | not}}TRUE{{else}}FALSE{{end}}", "nil"),
	c("boolean if pipe", "{{if true | not | and 1}}TRUE{{else}}FALSE{{end}}", "nil"),
	c("or as if true", `{{or .SI "slice is empty"}}`, "T"),
	c("or as if false", `{{or .SIEmpty "slice is empty"}}`, "T"),
	c("or nil iface", `{{or .MIface.n "default"}}`, "T"),
	c("and iface", `{{and .MIface.a .MIface.s}}`, "T"),

	// Indexing.
	c("slice[0]", "{{index .SI 0}}", "T"),
	c("slice[1]", "{{index .SI 1}}", "T"),
	c("slice[HUGE]", "{{index .SI 10}}", "T"),
	c("slice[len]", "{{index .SI 3}}", "T"),
	c("slice[-1]", "{{index .SI -1}}", "T"),
	c("slice[WRONG]", "{{index .SI `hello`}}", "T"),
	c("slice[nil]", "{{index .SI nil}}", "T"),
	c("slice[float]", "{{index .SI 1.5}}", "T"),
	c("slice[uint]", "{{index .SI .U16}}", "T"),
	c("slice[uint8]", "{{index .SS .U8}}", "T"),
	c("map[one]", "{{index .MSI `one`}}", "T"),
	c("map[two]", "{{index .MSI `two`}}", "T"),
	c("map[NO]", "{{index .MSI `XXX`}}", "T"),
	c("map[nil]", "{{index .MSI nil}}", "T"),
	c("map[``]", "{{index .MSI ``}}", "T"),
	c("map[WRONG]", "{{index .MSI 10}}", "T"),
	c("map iface missing", "{{index .MIface `zz`}}", "T"),
	c("map iface nil", "{{index .MIface `n`}}", "T"),
	c("map iface nil index", "{{index .MIface `n` 0}}", "T"),
	c("map iface missing index", "{{index .MIface `zz` 0}}", "T"),
	c("map iface list", "{{index .MIface `l` 1}}", "T"),
	c("map iface list nil index", "{{index .MIface `l` 1 0}}", "T"),
	c("map string missing", "{{index .MSS `zz`}}|", "T"),
	c("double index", "{{index .SMSI 1 `eleven`}}", "T"),
	c("nil[1]", "{{index nil 1}}", "T"),
	c("missing[1]", "{{index .Missing 1}}", "T"),
	c("index of an interface field", "{{index .Empty3 0}}", "T"),
	c("index string", "{{index .S 1}}", "T"),
	c("index string len", "{{index .S 3}}", "T"),
	c("index string typeOf", "{{typeOf (index .S 1)}}", "T"),
	c("index int", "{{index .I 1}}", "T"),
	c("index struct", "{{index .U 1}}", "T"),
	c("index nil ptr", "{{index .NilU 1}}", "T"),
	c("index no indexes", "{{index .SI}}", "T"),
	c("index no args", "{{index}}", "T"),
	c("index chan", "{{index (count 2) 0}}", "T"),
	c("index iface elements", "{{index .Iface 0}} {{index .Iface 1}} {{index .Iface 2}} {{index .Iface 4 0}} {{index .Iface 5 `k`}}", "T"),
	c("index nil elem deeper", "{{index .Iface 2 0}}", "T"),
	c("index json", "{{index .list 0 \"id\"}}", "J"),
	c("index pipeline", "{{0 | index .SI}}", "T"),
	c("index var", "{{$i := 2}}{{index .SI $i}}", "T"),

	// Slicing.
	c("slice[:]", "{{slice .SI}}", "T"),
	c("slice[1:]", "{{slice .SI 1}}", "T"),
	c("slice[1:2]", "{{slice .SI 1 2}}", "T"),
	c("slice[-1:]", "{{slice .SI -1}}", "T"),
	c("slice[1:-2]", "{{slice .SI 1 -2}}", "T"),
	c("slice[1:2:-1]", "{{slice .SI 1 2 -1}}", "T"),
	c("slice[2:1]", "{{slice .SI 2 1}}", "T"),
	c("slice[2:2:1]", "{{slice .SI 2 2 1}}", "T"),
	c("slice out of range", "{{slice .SI 4 5}}", "T"),
	c("slice out of range 3", "{{slice .SI 2 2 5}}", "T"),
	c("slice[1:2:3]", "{{slice .SI 1 2 3}}", "T"),
	c("slice too many", "{{slice .SI 1 2 3 4}}", "T"),
	c("string[:]", "{{slice .S}}", "T"),
	c("string[0:1]", "{{slice .S 0 1}}", "T"),
	c("string[1:]", "{{slice .S 1}}", "T"),
	c("string[1:2]", "{{slice .S 1 2}}", "T"),
	c("string out of range", "{{slice .S 1 5}}", "T"),
	c("3-index slice of string", "{{slice .S 1 2 2}}", "T"),
	c("slice of an interface field", "{{slice .Empty3 0 1}}", "T"),
	c("slice of nil", "{{slice nil}}", "T"),
	c("slice of int", "{{slice .I 1}}", "T"),
	c("slice of struct ptr", "{{slice .U 1}}", "T"),
	c("slice of map", "{{slice .MSI 1}}", "T"),
	c("slice index nil", "{{slice .SI nil}}", "T"),
	c("slice index string", "{{slice .SI `x`}}", "T"),
	c("slice index iface", "{{slice .SI .MIface.a}}", "T"),
	c("slice index iface nil", "{{slice .SI .MIface.n}}", "T"),
	c("slice index missing", "{{slice .SI .MIface.zz}}", "T"),
	c("slice strings", "{{slice .SS 1}} {{typeOf (slice .SS 1)}}", "T"),
	c("slice iface list", "{{slice .Iface 1 3}}", "T"),
	c("slice uint index", "{{slice .SI .U8}}", "T"),

	// Len.
	c("len slice", "{{len .SI}}", "T"),
	c("len map", "{{len .MSI }}", "T"),
	c("len string", "{{len .S}} {{len \"héllo\"}}", "T"),
	c("len of int", "{{len 3}}", "T"),
	c("len of nothing", "{{len .Empty0}}", "T"),
	c("len of missing", "{{len .Missing}}", "T"),
	c("len of nil", "{{len nil}}", "T"),
	c("len of an interface field", "{{len .Empty3}}", "T"),
	c("len of nil iface map entry", "{{len .MIface.n}}", "T"),
	c("len of struct ptr", "{{len .U}}", "T"),
	c("len of nil ptr", "{{len .NilU}}", "T"),
	c("len of chan", "{{len (count 3)}}", "T"),
	c("len of func", "{{len .BinaryFunc}}", "T"),
	c("len no args", "{{len}}", "T"),
	c("len two args", "{{len 1 2}}", "T"),
	c("len typeOf", "{{typeOf (len .SI)}}", "T"),
	c("len pipe", "{{.SI | len}}", "T"),

	// With.
	c("with true", "{{with true}}{{.}}{{end}}", "T"),
	c("with false", "{{with false}}{{.}}{{else}}FALSE{{end}}", "T"),
	c("with 1", "{{with 1}}{{.}}{{else}}ZERO{{end}}", "T"),
	c("with 0", "{{with 0}}{{.}}{{else}}ZERO{{end}}", "T"),
	c("with 1.5", "{{with 1.5}}{{.}}{{else}}ZERO{{end}}", "T"),
	c("with 0.0", "{{with .FloatZero}}{{.}}{{else}}ZERO{{end}}", "T"),
	c("with emptystring", "{{with ``}}{{.}}{{else}}EMPTY{{end}}", "T"),
	c("with string", "{{with `notempty`}}{{.}}{{else}}EMPTY{{end}}", "T"),
	c("with emptyslice", "{{with .SIEmpty}}{{.}}{{else}}EMPTY{{end}}", "T"),
	c("with slice", "{{with .SI}}{{.}}{{else}}EMPTY{{end}}", "T"),
	c("with emptymap", "{{with .MSIEmpty}}{{.}}{{else}}EMPTY{{end}}", "T"),
	c("with map", "{{with .MSIone}}{{.}}{{else}}EMPTY{{end}}", "T"),
	c("with empty interface, struct field", "{{with .Empty4}}{{.V}}{{end}}", "T"),
	c("with $x int", "{{with $x := .I}}{{$x}}{{end}}", "T"),
	c("with $x struct.U.V", "{{with $x := $}}{{$x.U.V}}{{end}}", "T"),
	c("with variable and action", "{{with $x := $}}{{$y := $.U.V}}{{$y}}{{end}}", "T"),
	c("with else dot", "{{with .Missing}}A{{else}}{{.X}}{{end}}", "T"),
	c("with nil iface entry", "{{with .MIface.n}}A{{else}}B{{end}}", "T"),
	c("with json nested", "{{with .nested}}{{with .a}}{{.b}}{{end}}{{end}}", "J"),

	// Range.
	c("range []int", "{{range .SI}}-{{.}}-{{end}}", "T"),
	c("range empty no else", "{{range .SIEmpty}}-{{.}}-{{end}}", "T"),
	c("range []int else", "{{range .SI}}-{{.}}-{{else}}EMPTY{{end}}", "T"),
	c("range empty else", "{{range .SIEmpty}}-{{.}}-{{else}}EMPTY{{end}}", "T"),
	c("range []int break else", "{{range .SI}}-{{.}}-{{break}}NOTREACHED{{else}}EMPTY{{end}}", "T"),
	c("range []int continue else", "{{range .SI}}-{{.}}-{{continue}}NOTREACHED{{else}}EMPTY{{end}}", "T"),
	c("range break in if", "{{range .SI}}{{if eq . 4}}{{break}}{{end}}-{{.}}-{{end}}", "T"),
	c("range continue in if", "{{range .SI}}{{if eq . 4}}{{continue}}{{end}}-{{.}}-{{end}}", "T"),
	c("range break in with", "{{range .SI}}{{with eq . 4}}{{break}}{{end}}-{{.}}-{{end}}", "T"),
	c("range nested break", "{{range .SI}}[{{range $.SS}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}]{{end}}", "T"),
	c("range []bool", "{{range .SB}}-{{.}}-{{end}}", "T"),
	c("range []int method", "{{range .SI | .MAdd .I}}-{{.}}-{{end}}", "T"),
	c("range map", "{{range .MSI}}-{{.}}-{{end}}", "T"),
	c("range empty map no else", "{{range .MSIEmpty}}-{{.}}-{{end}}", "T"),
	c("range map else", "{{range .MSI}}-{{.}}-{{else}}EMPTY{{end}}", "T"),
	c("range empty map else", "{{range .MSIEmpty}}-{{.}}-{{else}}EMPTY{{end}}", "T"),
	c("range empty interface", "{{range .Empty3}}-{{.}}-{{else}}EMPTY{{end}}", "T"),
	c("range empty nil", "{{range .Empty0}}-{{.}}-{{end}}", "T"),
	c("range nil else", "{{range .Missing}}-{{.}}-{{else}}NONE{{end}}", "T"),
	c("range $x SI", "{{range $x := .SI}}<{{$x}}>{{end}}", "T"),
	c("range $x $y SI", "{{range $x, $y := .SI}}<{{$x}}={{$y}}>{{end}}", "T"),
	c("range $x MSIone", "{{range $x := .MSIone}}<{{$x}}>{{end}}", "T"),
	c("range $x $y MSIone", "{{range $x, $y := .MSIone}}<{{$x}}={{$y}}>{{end}}", "T"),
	c("range $k $v MSI", "{{range $k, $v := .MSI}}<{{$k}}={{$v}}>{{end}}", "T"),
	c("declare in range", "{{range $x := .SI}}<{{$foo:=$x}}{{$x}}>{{end}}", "T"),
	c("range count", `{{range $i, $x := count 5}}[{{$i}}]{{$x}}{{end}}`, "T"),
	c("range nil count", `{{range $i, $x := count 0}}{{else}}empty{{end}}`, "T"),
	c("range chan one var", `{{range $x := count 3}}{{$x}}{{end}}`, "T"),
	c("range chan dot", `{{range .}}{{.}}{{end}}`, "chan"),
	c("range empty chan", `{{range .}}{{.}}{{else}}none{{end}}`, "emptychan"),
	c("range float", "{{range 1.5}}x{{end}}", "T"),
	c("range string", "{{range .X}}x{{end}}", "T"),
	c("range bool", "{{range true}}x{{end}}", "T"),
	c("range struct", "{{range .U}}x{{end}}", "T"),
	c("range nil ptr", "{{range .NilU}}x{{end}}", "T"),
	c("range func", "{{range .BinaryFunc}}x{{end}}", "T"),
	c("range iface list", "{{range .Iface}}[{{.}}]{{end}}", "T"),
	c("range iface list field", "{{range .Iface}}{{.X}}{{end}}", "T"),
	c("range iface list nil field", "{{range $i, $e := .Iface}}{{if eq $i 2}}{{$e.X}}{{end}}{{end}}", "T"),
	c("range iface list nil dot field", "{{range .ifaces}}{{.X}}{{end}}", "T"),
	c("range ifaces data", "{{range .}}[{{.}}]{{end}}", "ifaces"),
	c("range ifaces nil field", "{{range .}}{{.V}}{{end}}", "ifaces"),
	c("range ifaces oneArg", "{{range .}}{{oneArg .}}{{end}}", "ifaces"),
	c("range iface map", "{{range $k, $v := .MIface}}{{$k}}={{$v}};{{end}}", "T"),
	c("range iface map nil field", "{{range $k, $v := .MIface}}{{if eq $k \"n\"}}{{$v.X}}{{end}}{{end}}", "T"),
	c("range json list", "{{range .list}}<{{.}}>{{end}}", "J"),
	c("range json list field", "{{range .list}}<{{.id}}>{{end}}", "J"),
	c("range assign", "{{$x := 0}}{{range $x = .SI}}{{$x}}{{end}}{{$x}}", "T"),
	c("range assign two", "{{$i := 0}}{{$x := 0}}{{range $i, $x = .SI}}{{$i}}{{$x}}{{end}}|{{$i}}{{$x}}", "T"),
	c("range var shadow", "{{$x := 9}}{{range $x := .SI}}{{$x}}{{end}}|{{$x}}", "T"),
	c("range services", "{{range .}}{{.Name}}:{{.Port}}{{range .Tags}},{{.}}{{end}}\n{{end}}", "services"),
	c("range error in body", "{{range .SI}}{{.X}}{{end}}", "T"),
	c("range decl in body scoped", "{{range .SI}}{{$y := .}}{{end}}{{$y := 1}}{{$y}}", "T"),
	c("range map with missing key chain", "{{range .SMSI}}{{.one}},{{end}}", "T"),
	cm("range map with missing key chain error", "{{range .SMSI}}{{.one}},{{end}}", "T", "error"),

	// Templates.
	c("template", `{{define "x"}}X{{.}}{{end}}{{template "x" 1}}{{template "x" "s"}}`, "T"),
	c("template no pipe", `{{define "x"}}X{{.}}{{end}}{{template "x"}}`, "T"),
	c("template not defined", `{{template "nope"}}`, "T"),
	c("template error inside", `{{define "x"}}{{.Nope}}{{end}}{{template "x" .}}`, "T"),
	c("template error inside nested", "line 1\nline 2\nline 3\n{{template \"one\" .}}\n{{define \"one\"}}{{template \"two\" .}}{{end}}\n{{define \"two\"}}{{template \"three\" .}}{{end}}\n{{define \"three\"}}{{index \"hi\" $}}{{end}}", "int"),
	c("template recursion", "{{define \"tree\"}}[{{.Val}}{{with .Left}}{{template \"tree\" .}}{{end}}{{with .Right}}{{template \"tree\" .}}{{end}}]{{end}}{{template \"tree\" .}}", "Tree"),
	c("template block", `a({{block "inner" .}}bar({{.}})baz{{end}})b`, "str"),
	c("template max depth", `{{define "r"}}{{template "r" .}}{{end}}{{template "r" .}}`, "T"),
	c("template var pipe", `{{define "x"}}{{.}}{{end}}{{template "x" $x := 5}}{{$x}}`, "T"),
	c("template missingkey error inside", `{{define "x"}}{{.nope}}{{end}}{{template "x" .}}`, "mss"),
	c("template pipe error", `{{define "x"}}{{.}}{{end}}{{template "x" .Nope}}`, "T"),
	c("template data from range", `{{define "x"}}<{{.}}>{{end}}{{range .SI}}{{template "x" .}}{{end}}`, "T"),
	c("template in range with var", `{{define "x"}}{{.}}{{end}}{{range $i, $e := .SS}}{{template "x" $i}}{{template "x" $e}}{{end}}`, "T"),
	c("template nil iface dot", `{{define "x"}}{{.}}{{end}}{{template "x" .MIface.n}}`, "T"),
	ce("execute named", `{{define "x"}}X{{.}}{{end}}main`, "int", "x"),
	ce("execute named missing", `{{define "x"}}X{{.}}{{end}}main`, "int", "y"),
	ce("execute named error", `{{define "x"}}{{.Nope}}{{end}}main`, "T", "x"),
	ce("execute main by name", `{{define "x"}}X{{end}}main{{.}}`, "int", "t"),
	c("executeTemplate", `{{define "x"}}X{{.}}{{end}}{{executeTemplate "x" 5}}`, "T"),
	c("executeTemplate no dot", `{{define "x"}}X{{.}}{{end}}{{executeTemplate "x"}}`, "T"),
	c("executeTemplate missing", `{{executeTemplate "nope" 5}}`, "T"),
	c("executeTemplate error", `{{define "x"}}{{.Nope}}{{end}}{{executeTemplate "x" .}}`, "T"),
	c("executeTemplate too many", `{{define "x"}}{{.}}{{end}}{{executeTemplate "x" 1 2}}`, "T"),
	c("executeTemplate in pipe", `{{define "x"}}<{{.}}>{{end}}{{executeTemplate "x" .X | printf "%q"}}`, "T"),

	// Comparisons.
	c("eq ints", "{{eq 1 1}} {{eq 1 2}} {{eq 3 4 5 6 3}} {{eq 3 4 5 6 7}}", "Cmp"),
	c("eq strings", "{{eq `xy` `xy`}} {{eq `xy` `xyz`}}", "Cmp"),
	c("eq bools", "{{eq true true}} {{eq true false}}", "Cmp"),
	c("eq floats", "{{eq 1.5 1.5}} {{eq 1.5 2.5}} {{eq .F 1.5}} {{eq .F32 .F}}", "Cmp"),
	c("eq uints", "{{eq .Uthree .Uthree}} {{eq .Uthree .Ufour}} {{eq .Uthree .Three}} {{eq .Three .Uthree}}", "Cmp"),
	c("eq neg uint", "{{eq .NegOne .Uthree}} {{eq .Uthree .NegOne}} {{ne .NegOne .Uthree}}", "Cmp"),
	c("eq int kinds", "{{eq .I64 3}} {{eq .U8 3}} {{eq .U8 .I64}}", "Cmp"),
	c("eq index rune", "{{eq (index `x` 0) 'x'}} {{eq (index `x` 0) 'y'}}", "Cmp"),
	c("eq nil ptr", "{{eq .NilPtr .NilPtr}} {{eq .NilPtr nil}} {{eq nil .NilPtr}}", "Cmp"),
	c("eq struct ptrs", "{{eq .P1 .P1}} {{eq .P1 .P2}} {{eq .P1 nil}}", "Cmp"),
	c("eq nil nil", "{{eq nil nil}} {{eq .Missing nil}}", "mss"),
	c("eq missing", "{{eq .Missing 1}} {{eq 1 .Missing}} {{eq .Missing .Missing}}", "mss"),
	c("eq string vs int", "{{eq `xy` 1}}", "Cmp"),
	c("eq int vs float", "{{eq 2 2.0}}", "Cmp"),
	c("eq int vs bool", "{{eq 1 true}}", "Cmp"),
	c("eq ptr vs int", "{{eq .P1 1}}", "Cmp"),
	c("eq slice vs slice", "{{eq .SI .SI}}", "Cmp"),
	c("eq map vs map", "{{eq .M .M}}", "Cmp"),
	c("eq map vs ptr", "{{eq .M .P1}}", "Cmp"),
	c("eq slice vs nil", "{{eq .SI nil}}", "Cmp"),
	c("eq one arg", "{{eq 1}}", "Cmp"),
	c("eq no args", "{{eq}}", "Cmp"),
	c("eq short circuit no", "{{eq 1 1 `x`}}", "Cmp"),
	c("eq later error", "{{eq 1 2 `x`}}", "Cmp"),
	c("eq iface", "{{eq .MIface.a 1}} {{eq .MIface.s `str`}} {{eq .MIface.n nil}}", "T"),
	c("ne", "{{ne 1 2}} {{ne 1 1}} {{ne `a` `b`}} {{ne .Uthree .Three}}", "Cmp"),
	c("ne error", "{{ne 1 `a`}}", "Cmp"),
	c("ne three args", "{{ne 1 2 3}}", "Cmp"),
	c("lt", "{{lt 1 2}} {{lt 2 1}} {{lt 1.5 2.5}} {{lt `a` `b`}} {{lt .NegOne .Uthree}} {{lt .Uthree .NegOne}}", "Cmp"),
	c("le", "{{le 1 1}} {{le 2 1}} {{le 1.5 1.5}} {{le `xyz` `xy`}} {{le .Uthree .Three}}", "Cmp"),
	c("gt", "{{gt 2 1}} {{gt 1 2}} {{gt 1 1}} {{gt .Ufour .Three}} {{gt .NegOne .Uthree}}", "Cmp"),
	c("ge", "{{ge 1 1}} {{ge 1 2}} {{ge `b` `a`}} {{ge .Uthree .NegOne}}", "Cmp"),
	c("lt bools", "{{lt true true}}", "Cmp"),
	c("lt mixed", "{{lt 1 1.5}}", "Cmp"),
	c("lt nil", "{{lt nil 1}}", "Cmp"),
	c("lt slice", "{{lt .SI 1}}", "Cmp"),
	c("lt second bad", "{{lt 1 .SI}}", "Cmp"),
	c("le bools", "{{le true true}}", "Cmp"),
	c("gt error", "{{gt 1 `a`}}", "Cmp"),
	c("ge error", "{{ge `a` 1}}", "Cmp"),
	c("lt one arg", "{{lt 1}}", "Cmp"),
	c("cmp pipeline", "{{1 | lt 0}} {{2 | eq 2}}", "Cmp"),

	// FuncMap functions and argument conversion.
	c("func oneArg", `{{oneArg "x"}}`, "T"),
	c("func oneArg field", `{{oneArg .X}}`, "T"),
	c("func oneArg int", `{{oneArg 1}}`, "T"),
	c("func oneArg nil", `{{oneArg nil}}`, "T"),
	c("func oneArg bool", `{{oneArg true}}`, "T"),
	c("func oneArg int field", `{{oneArg .I}}`, "T"),
	c("func oneArg missing", `{{oneArg .Missing}}`, "T"),
	c("func oneArg nil iface", `{{oneArg .MIface.n}}`, "T"),
	c("func oneArg iface string", `{{oneArg .MIface.s}}`, "T"),
	c("func oneArg iface int", `{{oneArg .MIface.a}}`, "T"),
	c("func oneArg iface missing", `{{oneArg .MIface.zz}}`, "T"),
	cm("func oneArg iface missing zero", `{{oneArg .MIface.zz}}`, "T", "zero"),
	cm("func oneArg string map missing zero", `[{{oneArg .MSS.zz}}]`, "T", "zero"),
	c("func oneArg nil ptr", `{{oneArg .NilU}}`, "T"),
	c("func oneArg struct ptr", `{{oneArg .U}}`, "T"),
	c("func oneArg too many", `{{oneArg "a" "b"}}`, "T"),
	c("func oneArg none", `{{oneArg}}`, "T"),
	c("func zeroArgs with arg", `{{zeroArgs 1}}`, "T"),
	c("func returnInt arg", `{{valueString returnInt}}`, "T"),
	c("func add", `{{add 1 2 3}} {{add}} {{add .I}}`, "T"),
	c("func add float", `{{add 1.5}}`, "T"),
	c("func add float integral", `{{add 1.0}}`, "T"),
	c("func add string", `{{add "1"}}`, "T"),
	c("func add int64", `{{add .I64}}`, "T"),
	c("func add uint", `{{add .U16}}`, "T"),
	c("func add nil", `{{add nil}}`, "T"),
	c("func add rune", `{{add 'a'}}`, "T"),
	c("func add64", `{{add64 1 2}} {{add64 .I64 1}}`, "T"),
	c("func add64 int field", `{{add64 .I 1}}`, "T"),
	c("func fadd", `{{fadd 1 2}} {{fadd 1.5 2}} {{typeOf (fadd 1 2)}}`, "T"),
	c("func fadd string", `{{fadd "1" 2}}`, "T"),
	c("func fadd float32", `{{fadd .F32 1}}`, "T"),
	c("func fadd int field", `{{fadd .I 1}}`, "T"),
	c("func u64", `{{u64 3}} {{u64 .U64}}`, "T"),
	c("func u64 negative", `{{u64 -3}}`, "T"),
	c("func u64 float", `{{u64 1.5}}`, "T"),
	c("func u64 uint16", `{{u64 .U16}}`, "T"),
	c("func isTrue", `{{isTrue true}} {{isTrue .True}}`, "T"),
	c("func isTrue int", `{{isTrue 1}}`, "T"),
	c("func isTrue nil", `{{isTrue nil}}`, "T"),
	c("func isTrue string field", `{{isTrue .X}}`, "T"),
	c("func joinS", `{{joinS .SS ","}} {{joinS strs "-"}}`, "T"),
	c("func joinS nil", `[{{joinS nil ","}}]`, "T"),
	c("func joinS missing", `[{{joinS .Missing ","}}]`, "T"),
	c("func joinS ints", `{{joinS .SI ","}}`, "T"),
	c("func joinS iface", `{{joinS .Iface ","}}`, "T"),
	c("func joinS string", `{{joinS "a" ","}}`, "T"),
	c("func joinS pipe", `{{.SS | joinS}}`, "T"),
	c("func lenS pipe", `{{.SS | lenS}}`, "T"),
	c("func echo", `{{echo 1}} {{echo "s"}} {{echo nil}} {{echo .U}} {{echo 1.5}}`, "T"),
	c("func echo typeOf", `{{typeOf (echo 1)}} {{typeOf (echo .MIface.n)}} {{typeOf (echo .U16)}}`, "T"),
	c("func typeOf", `{{typeOf .}} {{typeOf .U}} {{typeOf .SS}} {{typeOf .MIface}} {{typeOf .Missing}} {{typeOf .NilU}}`, "T"),
	c("func typeOf nil", `{{typeOf nil}}`, "T"),
	c("func nilv", `{{nilv}} {{typeOf nilv}} {{if nilv}}t{{else}}f{{end}}`, "T"),
	c("func nilv field", `{{nilv.X}}`, "T"),
	c("func nilv chain", `{{(nilv).X}}`, "T"),
	c("func nilv as arg", `{{oneArg nilv}}`, "T"),
	c("func nilv pipe to arg", `{{nilv | oneArg}}`, "T"),
	c("func nilv as any arg", `{{typeOf nilv}} {{echo nilv}}`, "T"),
	c("func nilv len", `{{len nilv}}`, "T"),
	c("func nilv index", `{{index nilv 1}}`, "T"),
	c("func nilv in and", `{{and 1 nilv}}`, "T"),
	c("func i64 chain", `{{i64.X}}`, "T"),
	c("func mapOfThree chain error", `{{mapOfThree.three.X}}`, "T"),
	c("func i64", `{{i64}} {{typeOf i64}}`, "T"),
	c("func u16", `{{u16}} {{typeOf u16}} {{add u16}}`, "T"),
	c("func i64 to add", `{{add i64}}`, "T"),
	c("func fail", `{{fail}}`, "T"),
	c("func fail in arg", `{{oneArg fail}}`, "T"),
	c("func fail in pipe", `x{{fail | oneArg}}`, "T"),
	c("func failArg", `{{failArg "q"}}`, "T"),
	c("func failArg pipe", `{{"q" | failArg}}`, "T"),
	c("func die", `{{die}}`, "T"),
	c("func makemap odd", `{{makemap "a"}}`, "T"),
	c("func vjoin", `{{vjoin "," "a" "b"}} {{vjoin ","}}`, "T"),
	c("func vjoin none", `{{vjoin}}`, "T"),
	c("func vjoin bad", `{{vjoin "," 1}}`, "T"),
	c("func vjoin pipe", `{{"c" | vjoin "," "a"}} {{"," | vjoin}}`, "T"),
	c("func vany", `{{vany}} {{vany 1 nil "x"}} {{1 | vany 2}}`, "T"),
	c("func dddArg", `{{dddArg 1 "a" "b"}}`, "T"),
	c("func dddArg none", `{{dddArg}}`, "T"),
	c("func as arg", `{{oneArg zeroArgs}}`, "T"),
	c("func as arg with pipe", `{{oneArg (zeroArgs)}}`, "T"),
	c("func undefined at exec", `{{mapOfThree.three}}`, "T"),
	c("func result field chain", `{{(makemap "a" "b").a}}`, "T"),
	c("func result missing key", `{{(makemap "a" "b").c}}`, "T"),
	cm("func result missing key zero", `[{{(makemap "a" "b").c}}]`, "T", "zero"),
	cm("func result missing key error", `{{(makemap "a" "b").c}}`, "T", "error"),
	c("func count", `{{range count 3}}{{.}}{{end}}`, "T"),

	// More variables and scoping.
	c("assign dollar", "{{$ = 5}}{{$}}", "T"),
	c("decl in parens", "{{print ($x := 1) $x}}", "T"),
	c("assign in with", "{{with $x := .X}}{{$x = \"y\"}}{{$x}}{{end}}", "T"),
	c("assign in range body persists per iteration", "{{range $i, $e := .SI}}{{$e = 0}}{{$e}}{{end}}", "T"),
	c("decl shadows in if", "{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", "T"),
	c("decl in else", "{{if false}}{{else}}{{$x := 3}}{{$x}}{{end}}", "T"),
	c("decl in range else", "{{range .SIEmpty}}{{else}}{{$x := 4}}{{$x}}{{end}}", "T"),
	c("range dollar inside", "{{range .SI}}{{$.X}}{{end}}", "T"),
	c("template empty define", `{{define "x"}}{{end}}a{{template "x"}}b`, "T"),
	c("template dot types", `{{define "x"}}{{typeOf .}}{{end}}{{template "x" 1}} {{template "x" .U}} {{template "x" .MIface.a}}`, "T"),
	c("template called from define", `{{define "a"}}A{{template "b" .}}{{end}}{{define "b"}}B{{.}}{{end}}{{template "a" 1}}`, "T"),
	c("template error in second level", "{{define \"a\"}}\n{{template \"b\" .}}{{end}}{{define \"b\"}}\n\n  {{.Foo}}{{end}}{{template \"a\" .}}", "T"),
	cm("template missingkey zero propagates", `{{define "x"}}[{{.nope}}]{{end}}{{template "x" .}}`, "mss", "zero"),
	c("range map keys sorted", "{{range $k, $v := .}}{{$k}}{{end}}", "J"),
	c("range nested vars", "{{range $i, $a := .SI}}{{range $j, $b := $.SS}}{{$i}}{{$b}}{{end}}{{end}}", "T"),
	c("range dot restored", "{{range .SI}}{{end}}{{.X}}", "T"),
	c("with dot restored", "{{with .U}}{{.V}}{{end}}{{.X}}", "T"),
	c("if with pipeline decl", "{{if $x := .SIEmpty}}a{{else}}{{len $x}}{{end}}", "T"),
	c("and evaluation order", "{{and .True .X .I}}", "T"),
	c("or returns last", "{{or 0 \"\" .SIEmpty}}", "T"),
	c("not of func result", "{{not (eq 1 2)}}", "T"),
	c("eq with pipeline", "{{.I | eq 17}}", "T"),
	c("eq float int field", "{{eq .F32 2.5}}", "T"),
	c("printf with index", "{{printf \"%s\" (index .SS 0)}}", "T"),
	c("html of field", "{{.X | html}}{{html .S .X}}", "T"),
	c("js of map", "{{js .MSS}}", "T"),
	c("urlquery of slice", "{{urlquery .SS}}", "T"),
	c("slice of slice result", "{{index (slice .SI 1) 0}}", "T"),
	c("len of slice result", "{{len (slice .S 1)}}", "T"),
	c("call with pipe final", "{{\"b\" | call .BinaryFunc \"a\"}}", "T"),
	c("call with pipe final wrong", "{{1 | call .BinaryFunc \"a\"}}", "T"),
	c("method with pipe final", "{{2 | .Method1}}", "T"),
	c("method too many args", "{{.Method0 1}}", "T"),
	c("deep chain", "{{.nested.a.b}}{{$.nested.a.b}}{{(.nested).a.b}}", "J"),
	c("field of map in list var", "{{$l := .list}}{{(index $l 0).id}}", "J"),
	c("long context truncated", "{{.X.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}}", "T"),
	c("error col at line start", "a\n{{.X.Y}}", "T"),
	c("error after tab", "\t{{.X.Y}}", "T"),
	c("error in comment line", "{{/* c\n */}}{{.X.Y}}", "T"),
	c("error text unicode name", "{{.X.Ünï}}", "T"),

	// Error locations.
	c("error position line 2", "line1\n  {{.X.Y}}", "T"),
	c("error position after multibyte", "日本{{.X.Y}}", "T"),
	c("error position long context", "{{printf \"%s %s %s %s\" .X .X .X .X.Y}}", "T"),
	c("error in if pipeline", "a\n{{if .X.Y}}{{end}}", "T"),
	c("error in range pipeline", "{{range .X.Y}}{{end}}", "T"),
	c("error in else", "{{if false}}{{else}}{{.X.Y}}{{end}}", "T"),
	c("error call position", "x {{oneArg 1}}", "T"),
	c("error call func position", "x {{ fail }}", "T"),
	c("error call func position args", "x {{ failArg \"a\" }}", "T"),
	c("error method position", "{{ .MyError true }}", "T"),
	c("error var method position", "{{ $.MyError true }}", "T"),
	c("error in nested arg", "{{print (oneArg 1)}}", "T"),
	c("error wrong args position", "{{print 1 (oneArg)}}", "T"),
	c("error in second command", "{{.X | oneArg | add}}", "T"),
	c("error percent in template", "{{\"%d\" | oneArg 1}}", "T"),
	c("error percent in context", "{{printf \"%d\" | oneArg 1}}", "T"),
}
