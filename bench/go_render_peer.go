// go_render_peer: the peer figure for render_bench — Go's own text/template rendering the same
// template over the same data shape (100 services x 100 healthy instances), with consul-template's
// field names. consul-template re-parses the template on every evaluation, so both the
// parse-every-time figure (what consul-template does) and the parse-once figure are printed.
//
// Run: go run bench/go_render_peer.go [runs]
package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"
)

type HealthService struct {
	Node                   string
	NodeID                 string
	NodeAddress            string
	NodeTaggedAddresses    map[string]string
	NodeMeta               map[string]string
	ServiceMeta            map[string]string
	Address                string
	ServiceTaggedAddresses map[string]string
	ID                     string
	Name                   string
	Tags                   []string
	Status                 string
	Port                   int
	Weights                struct{ Passing, Warning int }
}

type CatalogSnippet struct {
	Name string
	Tags []string
}

const tmplText = `# generated
{{- range services }}
backend be_{{ .Name }}
    balance roundrobin
{{- range service .Name }}
    server {{ .Node }}_{{ .ID }} {{ .Address }}:{{ .Port }} check weight {{ .Weights.Passing }}
{{- end }}
{{ end -}}
`

func main() {
	runs := 31
	if len(os.Args) > 1 {
		runs, _ = strconv.Atoi(os.Args[1])
	}
	const services, perService, nodes = 100, 100, 500
	var snippets []*CatalogSnippet
	byName := map[string][]*HealthService{}
	for s := 0; s < services; s++ {
		name := "svc" + strconv.Itoa(s)
		snippets = append(snippets, &CatalogSnippet{Name: name, Tags: []string{"public", "v1"}})
		for i := 0; i < perService; i++ {
			n := (s*perService + i) % nodes
			hs := &HealthService{
				Node:    "node" + strconv.Itoa(n),
				Address: fmt.Sprintf("10.0.%d.%d", n/250, n%250+1),
				ID:      name + "-" + strconv.Itoa(i),
				Name:    name,
				Tags:    []string{"public", "v1"},
				Status:  "passing",
				Port:    20000 + i,
			}
			hs.Weights.Passing, hs.Weights.Warning = 1, 1
			byName[name] = append(byName[name], hs)
		}
		sort.SliceStable(byName[name], func(a, b int) bool {
			x, y := byName[name][a], byName[name][b]
			if x.Node != y.Node {
				return x.Node < y.Node
			}
			return x.ID < y.ID
		})
	}
	sort.Slice(snippets, func(a, b int) bool { return snippets[a].Name < snippets[b].Name })
	funcs := template.FuncMap{
		"services": func(...string) []*CatalogSnippet { return snippets },
		"service":  func(s ...string) []*HealthService { return byName[strings.Join(s, "|")] },
	}
	measure := func(parseEach bool) (float64, int) {
		var times []float64
		size := 0
		parsed := template.Must(template.New("").Funcs(funcs).Parse(tmplText))
		for r := 0; r < runs; r++ {
			start := time.Now()
			t := parsed
			if parseEach {
				t = template.Must(template.New("").Funcs(funcs).Parse(tmplText))
			}
			var b bytes.Buffer
			if err := t.Execute(&b, nil); err != nil {
				panic(err)
			}
			times = append(times, float64(time.Since(start).Nanoseconds())/1e6)
			size = b.Len()
		}
		sort.Float64s(times)
		return times[len(times)/2], size
	}
	each, size := measure(true)
	once, _ := measure(false)
	fmt.Printf("go text/template peer: %d bytes; median parse+render (consul-template's way) %.3f ms; median render only %.3f ms (%d runs)\n",
		size, each, once, runs)
}
