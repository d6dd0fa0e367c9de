// Generates the expected-output tables of format_test.cc from Go's own fmt, strconv and
// text/template (Go 1.19):
//
//	go run test/unit/template/testdata/format_gen.go > /tmp/format_cases.inc
//
// then paste the output between the GENERATED markers of format_test.cc. Each case's operands
// are Go values; the generator writes the C++ expression building the equivalent hc::tmpl::Value
// (see the helpers at the top of format_test.cc) next to what Go printed.
package main

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"text/template"
)

type Svc struct {
	Name string
	Port int
}

type Node struct {
	ID   string
	Meta map[string]string
	Tags []string
	Svc  Svc
	Any  interface{}
}

type op int

const (
	opPrintf op = iota
	opPrint
	opPrintln
	opTemplate
)

type tcase struct {
	op     op
	format string
	args   []any
}

func pf(format string, args ...any) tcase { return tcase{opPrintf, format, args} }
func pr(args ...any) tcase                { return tcase{opPrint, "", args} }
func pl(args ...any) tcase                { return tcase{opPrintln, "", args} }
func tv(arg any) tcase                    { return tcase{opTemplate, "", []any{arg}} }

var (
	mixed   = []interface{}{1, "a", nil, true, 2.5}
	strs    = []string{"a", "b c", "\"q\""}
	ints    = []int{1, -2, 300}
	bytesV  = []byte("hi\x00")
	svc     = Svc{"web", 80}
	svcPtr  = &Svc{"db", 5432}
	nilSvc  = (*Svc)(nil)
	strMap  = map[string]string{"b": "2", "a": "1", "c": "x y"}
	intMap  = map[string]int{"z": 26, "a": 1}
	anyMap  = map[string]interface{}{"n": nil, "l": []string{"x"}, "m": map[string]int{"k": 1}, "s": "str", "f": 1.5}
	node    = Node{"n1", map[string]string{"dc": "dc1"}, []string{"t1", "t2"}, Svc{"api", 8080}, nil}
	nodePtr = &Node{"n2", map[string]string{}, []string{}, Svc{}, 3}
)

var cases = []tcase{
	// Integers.
	pf("%d", 42), pf("%d", -42), pf("%5d|%-5d|%05d", 42, 42, 42), pf("%+d|% d|%+d|% d", 5, 5, -5, -5),
	pf("%x|%X|%#x|%#X", 255, 255, 255, 255), pf("%o|%#o|%O|%#o", 8, 8, 8, 0), pf("%b|%#b", 5, 5),
	pf("%x", -255), pf("%#x", -255), pf("%d", int8(-128)), pf("%d", uint64(math.MaxUint64)),
	pf("%d", int64(math.MinInt64)), pf("%x", uint64(math.MaxUint64)), pf("%b", int64(math.MinInt64)),
	pf("%.3d|%8.3d|%-8.3d|%08.3d", 7, 7, 7, 7), pf("%.0d|%5.0d|%.0d", 0, 0, 1), pf("%+05d|% 05d|%-05d|", 3, 3, 3),
	pf("%05d", -3), pf("%c|%c|%c", 'A', 0x1F600, 0xE9), pf("%c", -1), pf("%c", 0x110000), pf("%c", 0xD800),
	pf("%q|%q|%q|%+q", 'x', '\n', 0x1F600, 0xE9), pf("%q|%q", '\'', 0x7F), pf("%U|%#U|%#U", 0x1F600, 0x1F600, 'x'),
	pf("%U", -1), pf("%#U", 0x7), pf("%.6U|%10U|%-10U|", 0x41, 0x41, 0x41), pf("%#v|%#v|%#v", 5, uint(5), uint8(200)),
	pf("%v|%v|%v", int16(-7), uint32(7), uintptr(9)), pf("%t", 1), pf("%s", 1), pf("%e", 1), pf("%z", 7),
	pf("%6.2x", 10), pf("%#08x", 255), pf("%#-8x|", 255), pf("% x", 255), pf("%+x", 255), pf("%010d", math.MinInt64),
	pf("%X", -1), pf("%#O", 8), pf("%O", -8), pf("%5c|%-5c|", 'z', 'z'), pf("%05c", 'z'), pf("%.1c", 'z'),
	// Floats.
	pf("%v|%v|%v|%v", 1e20, 1e21, 1e6, 100000.0), pf("%v|%v|%v", 1e-5, 1e-4, 0.1), pf("%v|%v", 123456789.0, 1.5),
	pf("%v|%v|%v", math.Copysign(0, -1), math.Inf(1), math.Inf(-1)), pf("%v", math.NaN()),
	pf("%v|%v", 5e-324, math.MaxFloat64), pf("%v|%v|%v", float32(0.1), float32(16777216), float32(1e10)),
	pf("%v", float32(3.4028235e38)), pf("%f|%.2f|%8.3f|%-8.3f|%08.3f", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159),
	pf("%+.3e|%E|%e", 1234.5678, 1234.5678, 0.0), pf("%g|%G|%.3g|%.3G", 1234.5678, 1e-10, 1234.5678, 1e-10),
	pf("%#g|%#.3g|%#v|%#v", 1.0, 1.0, 1.0, 1e6), pf("%#g|%#g|%#.4g", 123456789.0, 0.0, 100.0),
	pf("%x|%X|%.2x|%#x", 1.5, -1.5, 3.14159, 1.0), pf("%x|%x", 0.0, 5e-324), pf("%b|%b", 1.0, float32(1.0)),
	pf("%F|%.1F", 2.25, 2.25), pf("% f|% f|%+f", 1.0, -1.0, 1.0), pf("%+f|% f|%f", math.NaN(), math.NaN(), math.NaN()),
	pf("%010f|%-10f|%+10f|", math.Inf(1), math.Inf(-1), math.Inf(1)), pf("%#.0f|%#.0e|%.0f", 3.0, 3.0, 2.5),
	pf("%.0g|%.1g|%g", 0.0, 15.0, 1e100), pf("%010.3f|%+010.3f|%-010.3f|", -3.14159, 3.14159, 3.14159),
	pf("%.3v|%10v|%-10v|", 3.14159, 2.5, 2.5), pf("%e|%.1e", 1e-300, 9.96), pf("%g|%g", 100000.0, 1000000.0),
	pf("%.20f", 0.1), pf("%.30e", 1.0/3), pf("%.17g|%.16g", 0.1, 0.1), pf("%d", 1.5), pf("%s", 2.5), pf("%t", 0.0),
	pf("%q", 2.5), pf("%c", 65.0), pf("%.2f", float32(0.1)), pf("%v", float32(-2.5)), pf("%6.2f%%", 99.5),
	pf("%#.3x|%#X", 1.0, 2.0), pf("%#b", 1.0), pf("%08.3e|%+08.2g", -1.5, 1.5), pf("% .3e", 12.0),
	// Strings.
	pf("%s|%v|%q", "hi", "hi", "hi"), pf("%10s|%-10s|%.2s|%5.1s|", "hello", "hello", "hello", "hello"),
	pf("%q", "tab\there\nnl \"q\" \\ \x00 \x7f é 😀 \u00ad \u2028"), pf("%+q", "é😀"), pf("%#q|%#q|%#q", "ab", "a`b", "a\nb"),
	pf("%#q", "\ufeff"), pf("%#+q", "é"), pf("%q", "\xff\xfe ok"), pf("%x|%X|% x|%# x|%#X", "hi", "hi", "hi", "hi", "hi"),
	pf("%x|%10x|%-10x|%.1x|", "", "ab", "ab", "ab"), pf("%5x|", ""), pf("%# X", "abc"), pf("%d", "hi"), pf("%c", "hi"),
	pf("%t", "x"), pf("%5t|%-5d|", "hi", "x"), pf("%#v|%#v", "a\"b", "é\n"), pf("%+v", "x"), pf("%5s|%-5s|", "é", "日本"),
	pf("%.1s|%.2s", "日本語", "日本語"), pf("%.1q", "日本語"), pf("%05s", "ab"), pf("%-05s|", "ab"), pf("%.3s", "a\xffbcd"),
	pf("%8q|%-8q|", "a", "a"), pf("%s", ""), pf("%q", ""), pf("%v", "\xff"), pf("%x", "\xff\x00"),
	// Bools.
	pf("%t|%v|%5t|%-6t|", true, false, true, false), pf("%d", true), pf("%#v|%+v", true, false), pf("%s", false),
	// Lists.
	pf("%v", mixed), pf("%+v", mixed), pf("%#v", mixed), pf("%d", mixed), pf("%s", mixed), pf("%q", mixed), pf("%x", mixed),
	pf("%v|%q|%x|%X|%s", strs, strs, strs, strs, strs), pf("%#v", strs), pf("%5s|%-3v|", strs, strs), pf("%d", strs),
	pf("%d|%x|%05d|%v|%#v", ints, ints, ints, ints, ints), pf("%c", []int{72, 105}), pf("%.1f|%v", []float64{1, 2.55}, []float64{1, 2.55}),
	pf("%v|%v", [][]string{{"a"}, {}}, [][]int{{1, 2}, {3}}), pf("%#v", [][]string{{"a"}, {}}), pf("%v|%#v", []string{}, []interface{}{}),
	pf("%s|%x|%X|% x|%q|%v|%d", bytesV, bytesV, bytesV, bytesV, bytesV, bytesV, bytesV), pf("%#v", bytesV), pf("%c", bytesV),
	pf("%v|%s|%#v", [][]byte{[]byte("ab")}, [][]byte{[]byte("ab")}, [][]byte{[]byte("ab")}), pf("%10s|", bytesV),
	pf("%t", []bool{true, false}), pf("%t", []interface{}{true, 1}), pf("%v", []interface{}{[]interface{}{nil}}),
	pf("%#v", []interface{}{nil, []string{"x"}}), pf("%v", []interface{}{svc, intMap}), pf("%6.2f", []interface{}{1.0, "x"}),
	// Maps.
	pf("%v", strMap), pf("%#v", strMap), pf("%+v", intMap), pf("%d", intMap), pf("%x", intMap), pf("%s", intMap),
	pf("%v", anyMap), pf("%#v", anyMap), pf("%q", strMap), pf("%v|%#v", map[string]int{}, map[string]string{}),
	pf("%v", map[string][]string{"k": {"a", "b"}}), pf("%#v", map[string][]string{"k": {"a", "b"}}),
	pf("%v", map[string]Svc{"a": svc}), pf("%+v", map[string]Svc{"a": svc}), pf("%#v", map[string]Svc{"a": svc}),
	pf("%5v|", map[string]int{"a": 1}), pf("%q", map[string]interface{}{"a": nil}), pf("%d", map[string]interface{}{"a": nil}),
	// Structs.
	pf("%v|%+v|%#v", svc, svc, svc), pf("%d", svc), pf("%s", svc), pf("%x", svc), pf("%q", svc),
	pf("%v|%+v|%#v", svcPtr, svcPtr, svcPtr), pf("%d|%s", svcPtr, svcPtr), pf("%v", node), pf("%+v", node), pf("%#v", node),
	pf("%v", nodePtr), pf("%+v", nodePtr), pf("%#v", nodePtr), pf("%v|%+v", []Svc{svc, {}}, []Svc{svc}), pf("%#v", []Svc{svc}),
	pf("%10v|", svc), pf("%-6v|", Svc{"ab", 1}), pf("%x", Svc{"hi", 255}), pf("%t", svc),
	// Nil pointers and nil interfaces.
	pf("%v|%+v|%#v|%d|%x|%s", nilSvc, nilSvc, nilSvc, nilSvc, nilSvc, nilSvc), pf("%T|%p|%t", nilSvc, nilSvc, nilSvc),
	pf("%5v|%-5v|", nilSvc, nilSvc), pf("%v|%d|%T|%s|%#v|%+v|%5v|", nil, nil, nil, nil, nil, nil, nil),
	pf("%v", []*Svc{nil}), pf("%#v", []*Svc{nil}), pf("%d", []*Svc{nil}), pf("%v", map[string]*Svc{"a": nil}),
	pf("%v", []interface{}{nilSvc}),
	// %T.
	pf("%T|%T|%T|%T|%T|%T", 1, int8(1), uint(1), float32(1), 1.0, "s"), pf("%T|%T|%T", strs, mixed, strMap),
	pf("%T|%T|%T|%T", svc, svcPtr, true, bytesV), pf("%10T|%-10T|%.3T|", 1, 1, "string"),
	// Errors in the format.
	pf("%d", 1, 2), pf("%d %d", 1), pf("x", 1, "a", nil, []string{"b"}), pf("%", 1), pf("%-"), pf("abc%"),
	pf("%!", 1), pf("%[0]d", 1), pf("%[3]d", 1), pf("%[x]d", 1), pf("%[1]d %[1]d", 5), pf("%[2]d %[1]d", 1, 2),
	pf("%[2]d %d", 1, 2, 3), pf("%[1]d", 1, 2), pf("%[1]*d", 5, 3), pf("%[2]*[1]d", 12, 5), pf("%[1]", 1),
	pf("%[1].2d", 1), pf("%[1]2d", 1), pf("%3[1]d", 7), pf("%.[2]d", 1, 2), pf("%[5", 1), pf("%[]d", 1), pf("%[1", 1),
	pf("%*d", 5, 3), pf("%-*d|", 5, 3), pf("%*d|", -5, 3), pf("%*d", "x", 3), pf("%.*d", 2, 3), pf("%.*d", -1, 3),
	pf("%.*d", "x", 3), pf("%*d", 10000000, 3), pf("%*d", uint(4), 3), pf("%*d", 2.0, 3), pf("%*d"), pf("%.*d", 1),
	pf("%100000000d", 1), pf("%.100000000d", 1), pf("%[100000000]d", 1), pf("%.", 1), pf("%.d|%.s|", 0, "abc"), pf("%%|%5%|%-%|%[2]%", 1),
	pf("%é", 1), pf("%\xff", 1), pf("%ü"), pf("%v %v", 1), pf("%!d(x)"), pf("%d%d%d", 1, "a", nil),
	pf("%*.*f|", 8, 2, 3.14159), pf("%-*.*s|", 6, 2, "abc"), pf("%0*d", 4, 7), pf("%[3]*.[2]*[1]f", 12.0, 2, 6),
	pf("%[1]d %[2]d %d", 1, 2, 3), pf("%[2]d %d", 1), pf("%d %[1]d %d %[5]d", 9),
	// Mixed and less common combinations.
	pf("% x|%#x|%+q|%#q", strs, strs, []string{"é"}, []string{"a`"}), pf("%U", "x"), pf("%08.3f|%+08.3f", math.NaN(), math.NaN()),
	pf("%.3x|%e", float32(1.1), float32(1.1)), pf("%.3g|%.3g|%g", 0.0001234, 0.00001234, 1e-300),
	pf("%#v|%#v|%#v", math.NaN(), math.Inf(1), []float32{0.1}), pf("%#v", uint64(math.MaxUint64)),
	pf("%*d|%.*f", int8(3), 1, uint16(2), 3.14159), pf("%-+ #0d|%+ d|% +d", 5, 5, 5), pf("héllo %d ÿ%s", 1, "x"),
	pf("%5v|%-5v|%05v", []int{1, 2}, []int{1, 2}, []int{1, 2}), pf("%.2f", map[string]float64{"a": 1.234}),
	pf("%x", []float64{1, 0.5}), pf("%10T|", nil), pf("%s", []interface{}{1, "a"}), pf("%v", [][]interface{}{{nil, 1}}),
	pf("%+v", []interface{}{svc, &svc}[:1]), pf("%v", map[string]interface{}{"s": svc}), pf("%#v", map[string]interface{}{"s": svc, "n": nil}),
	pf("%#v|%#v", int64(-5), int8(3)), pf("%#v", []int{}),
	pf("%#x|%#o|%#b", uint8(0), uint8(0), uint8(0)), pf("%+.2e|%+.2e", 0.0, math.Copysign(0, -1)), pf("%.1f|%.1f", 0.05, 0.25),
	pf("%.0f|%.0f|%.0f", 0.5, 1.5, -0.5), pf("%6.3v|", "abcdef"), pf("%x", "日本"), pf("%.2x", "日本"), pf("%q", "­"),
	pf("%c|%q", int64(0x10FFFF), uint8(255)), pf("%U", uint64(math.MaxUint64)), pf("%#.8U", 0x1F600), pf("%+c", 'a'),
	// Sprint / Sprintln.
	pr("a", "b"), pr(1, 2), pr("a", 1, 2, "b"), pr(nil, nil), pr(1.5, true), pr(strs, ints), pr("x", nil, "y"),
	pr(), pr(""), pr(svc, svcPtr), pr(nilSvc), pr("a", 1, "b"), pr(1, "a", 2), pr(bytesV, 1), pr(anyMap),
	pl("a", "b"), pl(1, 2), pl(), pl(nil), pl(strs, "x", 3.5), pl(nodePtr),
	// text/template's printing of {{.}}.
	tv(nil), tv(1), tv("s"), tv(svcPtr), tv(nilSvc), tv(svc), tv(strs), tv(mixed), tv(anyMap), tv(nodePtr),
	tv([]interface{}{svcPtr.Port}), tv(1e21), tv(float32(0.1)), tv(bytesV),
}

type floatCase struct {
	f       float64
	fmt     byte
	prec    int
	bitSize int
}

func floatCases() []floatCase {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 2.5, 0.125, 123456.789, 1e20, 1e21, 1e-7,
		5e-324, math.MaxFloat64, 100, 0.000123456, 9.9999, 12345678901234567890, 1.0 / 3, 999.9995,
		math.NaN(), math.Inf(1), math.Inf(-1)}
	var out []floatCase
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G'} {
			for _, p := range []int{-1, 0, 2, 6, 17} {
				if (f == 'E' || f == 'G') && p != -1 && p != 2 {
					continue
				}
				if f == 'f' && p == 17 && (v > 1e30 || v < -1e30) {
					continue
				}
				out = append(out, floatCase{v, f, p, 64})
			}
		}
	}
	for _, v := range []float64{0.1, 1.0 / 3, 16777217, 3.4028234663852886e38, 1e-45, 1e10, 2.5} {
		for _, f := range []byte{'e', 'f', 'g'} {
			for _, p := range []int{-1, 3} {
				out = append(out, floatCase{v, f, p, 32})
			}
		}
	}
	return out
}

var quoteCases = []string{
	"", "abc", "a\"b", "back\\slash", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f", "é日本😀", "\xff", "a\xc3",
	"\xc3\x28", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\xaf", "\u00a0\u00ad\u00ff", "\u0378\u0377",
	"\u2028\u2029", "\ufeff", "\ufffd", "\U0010ffff", "\U0001f9ff\U0001fa70", "\u200b\u200d", "\u3000",
	"'single'", "`back`", "\u0085", "\U000e0001", "\U00020000", "\u0600\u061c", "\uffff",
}

func cppString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '?':
			b.WriteString(`\?`)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	if strings.IndexByte(s, 0) >= 0 {
		b.WriteByte('s') // a std::string literal keeps the NUL bytes
	}
	return b.String()
}

func cppFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "kNaN"
	case math.IsInf(f, 1):
		return "kInf"
	case math.IsInf(f, -1):
		return "-kInf"
	case f == 0 && math.Signbit(f):
		return "-0.0"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

var numTypes = map[reflect.Kind]string{
	reflect.Int: "Int", reflect.Int8: "Int8", reflect.Int16: "Int16", reflect.Int32: "Int32",
	reflect.Int64: "Int64", reflect.Uint: "Uint", reflect.Uint8: "Uint8", reflect.Uint16: "Uint16",
	reflect.Uint32: "Uint32", reflect.Uint64: "Uint64", reflect.Uintptr: "Uintptr",
}

func cppStructType(t reflect.Type, pointer bool) string {
	var fields []string
	for i := 0; i < t.NumField(); i++ {
		fields = append(fields, cppString(t.Field(i).Name))
	}
	return fmt.Sprintf("T(%s, %v, {%s})", cppString(t.String()), pointer, strings.Join(fields, ", "))
}

// cppValue writes the C++ expression building the Value for v.
func cppValue(v reflect.Value) string {
	if !v.IsValid() {
		return "Value()"
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return "Value()"
		}
		return cppValue(v.Elem())
	case reflect.Bool:
		return fmt.Sprintf("Value::boolean(%v)", v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := v.Int()
		lit := strconv.FormatInt(n, 10)
		if n == math.MinInt64 {
			lit = "INT64_MIN"
		}
		return fmt.Sprintf("I(%s, NumType::%s)", lit, numTypes[v.Kind()])
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return fmt.Sprintf("U(%du, NumType::%s)", v.Uint(), numTypes[v.Kind()])
	case reflect.Float32:
		return fmt.Sprintf("F32(%s)", cppFloat(v.Float()))
	case reflect.Float64:
		return fmt.Sprintf("F(%s)", cppFloat(v.Float()))
	case reflect.String:
		return fmt.Sprintf("S(%s)", cppString(v.String()))
	case reflect.Slice:
		var items []string
		for i := 0; i < v.Len(); i++ {
			items = append(items, cppValue(v.Index(i)))
		}
		return fmt.Sprintf("L({%s}, %s)", strings.Join(items, ", "), cppString(v.Type().String()))
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		var items []string
		for _, k := range keys {
			items = append(items, fmt.Sprintf("{%s, %s}", cppString(k.String()), cppValue(v.MapIndex(k))))
		}
		return fmt.Sprintf("M({%s}, %s)", strings.Join(items, ", "), cppString(v.Type().String()))
	case reflect.Struct:
		var items []string
		for i := 0; i < v.NumField(); i++ {
			items = append(items, cppValue(v.Field(i)))
		}
		return fmt.Sprintf("Value::structure(%s, {%s})", cppStructType(v.Type(), false), strings.Join(items, ", "))
	case reflect.Pointer:
		if v.IsNil() {
			return fmt.Sprintf("Value::nilOf(%s)", cppString(v.Type().String()))
		}
		e := v.Elem()
		var items []string
		for i := 0; i < e.NumField(); i++ {
			items = append(items, cppValue(e.Field(i)))
		}
		return fmt.Sprintf("Value::structure(%s, {%s})", cppStructType(e.Type(), true), strings.Join(items, ", "))
	}
	panic("unsupported kind " + v.Kind().String())
}

func main() {
	w := os.Stdout
	fmt.Fprintln(w, "// clang-format off")
	fmt.Fprintln(w, "// Generated by testdata/format_gen.go from Go 1.19; do not edit by hand.")
	opNames := []string{"Op::Printf", "Op::Print", "Op::Println", "Op::Template"}
	// Chunks of a few cases per function keep the compiler's work per function small.
	const chunk = 25
	nchunks := 0
	for i, c := range cases {
		if i%chunk == 0 {
			if i > 0 {
				fmt.Fprintln(w, "  });")
				fmt.Fprintln(w, "}")
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "void addPrintCases%d(std::vector<PrintCase>& cases) {\n", nchunks)
			fmt.Fprintln(w, "  cases.insert(cases.end(), {")
			nchunks++
		}
		var want string
		switch c.op {
		case opPrintf:
			want = fmt.Sprintf(c.format, c.args...)
		case opPrint:
			want = fmt.Sprint(c.args...)
		case opPrintln:
			want = fmt.Sprintln(c.args...)
		case opTemplate:
			var b strings.Builder
			if err := template.Must(template.New("t").Parse("{{.}}")).Execute(&b, c.args[0]); err != nil {
				panic(err)
			}
			want = b.String()
		}
		var args []string
		for _, a := range c.args {
			args = append(args, cppValue(reflect.ValueOf(&a).Elem()))
		}
		fmt.Fprintf(w, "    {%s, %s, {%s}, %s},\n", opNames[c.op], cppString(c.format), strings.Join(args, ", "), cppString(want))
	}
	fmt.Fprintln(w, "  });")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "const std::vector<PrintCase>& printCases() {")
	fmt.Fprintln(w, "  static const std::vector<PrintCase> cases = [] {")
	fmt.Fprintln(w, "    std::vector<PrintCase> v;")
	for i := 0; i < nchunks; i++ {
		fmt.Fprintf(w, "    addPrintCases%d(v);\n", i)
	}
	fmt.Fprintln(w, "    return v;")
	fmt.Fprintln(w, "  }();")
	fmt.Fprintln(w, "  return cases;")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "const std::vector<FloatCase>& floatCases() {")
	fmt.Fprintln(w, "  static const std::vector<FloatCase> cases = {")
	for _, c := range floatCases() {
		fmt.Fprintf(w, "    {%s, '%c', %d, %d, %s},\n", cppFloat(c.f), c.fmt, c.prec, c.bitSize,
			cppString(strconv.FormatFloat(c.f, c.fmt, c.prec, c.bitSize)))
	}
	fmt.Fprintln(w, "  };")
	fmt.Fprintln(w, "  return cases;")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "const std::vector<QuoteCase>& quoteCases() {")
	fmt.Fprintln(w, "  static const std::vector<QuoteCase> cases = {")
	for _, s := range quoteCases {
		fmt.Fprintf(w, "    {%s, %s},\n", cppString(s), cppString(strconv.Quote(s)))
	}
	fmt.Fprintln(w, "  };")
	fmt.Fprintln(w, "  return cases;")
	fmt.Fprintln(w, "}")
	fmt.Fprintln(w, "// clang-format on")
}
