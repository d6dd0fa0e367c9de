//go:build ignore

// gorender: the reference side of the differential conformance test. It renders each case of a
// JSON-lines case file with Go's own text/template and prints the result in the framed format
// that cpprender prints too, so the two outputs can be compared byte for byte.
//
// Input, one JSON object per line:
//
//	{"name": "case name", "tmpl": "template text", "data": <any JSON>,
//	 "missingkey": "default|invalid|zero|error" (optional),
//	 "tname": "template name" (optional, default "t"),
//	 "exec": "name of a define to execute" (optional),
//	 "ldelim": "[[", "rdelim": "]]" (optional)}
//
// Output, per case:
//
//	### <name>\n
//	OK <byte count>\n<rendered bytes>\n     or     ERR <byte count>\n<error text>\n
//
// The data is decoded by encoding/json into interface{}, so objects are
// map[string]interface{}, arrays []interface{} and numbers float64: the types cpprender builds.
//
// Usage: go run gorender.go CASES.jsonl > OUT
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/template"
)

type testCase struct {
	Name       string          `json:"name"`
	Tmpl       string          `json:"tmpl"`
	Data       json.RawMessage `json:"data"`
	MissingKey string          `json:"missingkey"`
	TName      string          `json:"tname"`
	Exec       string          `json:"exec"`
	LDelim     string          `json:"ldelim"`
	RDelim     string          `json:"rdelim"`
}

// render returns the output, or the error text with isErr set. A panic (which text/template
// lets through only for runtime errors) is reported as an error starting with "PANIC: ".
func render(c *testCase) (out string, isErr bool) {
	defer func() {
		if r := recover(); r != nil {
			out, isErr = fmt.Sprintf("PANIC: %v", r), true
		}
	}()
	var data interface{}
	if len(c.Data) > 0 {
		if err := json.Unmarshal(c.Data, &data); err != nil {
			return "BADDATA: " + err.Error(), true
		}
	}
	name := c.TName
	if name == "" {
		name = "t"
	}
	t := template.New(name)
	if c.MissingKey != "" {
		t.Option("missingkey=" + c.MissingKey)
	}
	if c.LDelim != "" || c.RDelim != "" {
		t.Delims(c.LDelim, c.RDelim)
	}
	if _, err := t.Parse(c.Tmpl); err != nil {
		return err.Error(), true
	}
	var buf bytes.Buffer
	var err error
	if c.Exec != "" {
		err = t.ExecuteTemplate(&buf, c.Exec, data)
	} else {
		err = t.Execute(&buf, data)
	}
	if err != nil {
		return err.Error(), true
	}
	return buf.String(), false
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gorender CASES.jsonl")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	r := bufio.NewReaderSize(f, 1<<20)
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var c testCase
			if jerr := json.Unmarshal(line, &c); jerr != nil {
				fmt.Fprintf(os.Stderr, "%s:%d: %v\n", os.Args[1], lineNo, jerr)
				os.Exit(1)
			}
			out, isErr := render(&c)
			tag := "OK"
			if isErr {
				tag = "ERR"
			}
			fmt.Fprintf(w, "### %s\n%s %d\n%s\n", c.Name, tag, len(out), out)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
