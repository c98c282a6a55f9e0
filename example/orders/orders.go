// Package orders is a small order service: its handlers show each kind
// of finding that httpstatus reports.
package orders

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"example.com/orders/respond"
)

// Order is one order.
type Order struct {
	ID    int    `json:"id"`
	Item  string `json:"item"`
	Count int    `json:"count"`
}

// Server keeps orders in memory.
type Server struct {
	mu     sync.Mutex
	orders map[int]Order
	next   int
}

// NewServer returns an empty server.
func NewServer() *Server { return &Server{orders: map[int]Order{}} }

// Routes registers the handlers: method values, a handler behind
// middleware, a type with ServeHTTP, a function literal and a handler
// that net/http makes.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /orders/{id}", s.get)
	mux.HandleFunc("POST /orders", s.create)
	mux.Handle("DELETE /orders/{id}", requireKey(http.HandlerFunc(s.delete)))
	mux.Handle("GET /health", health{s})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "order service") // a body without a status: 200
	})
	mux.Handle("/old/", http.RedirectHandler("/orders/", 301))
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", 400)
		return
	}
	s.mu.Lock()
	o, ok := s.orders[id]
	s.mu.Unlock()
	if !ok {
		respond.Error(w, 404, "no such order")
		return
	}
	respond.JSON(w, http.StatusOK, o)
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	count, err := strconv.Atoi(r.FormValue("count"))
	status := http.StatusCreated
	if err != nil || count <= 0 {
		status = 422
	}
	if status != http.StatusCreated {
		respond.Error(w, status, "count must be a positive number")
		return
	}
	s.mu.Lock()
	s.next++
	o := Order{ID: s.next, Item: r.FormValue("item"), Count: count}
	s.orders[o.ID] = o
	s.mu.Unlock()
	respond.JSON(w, status, o)
}

func (s *Server) delete(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.orders[id]; !ok {
		w.WriteHeader(http.StatusTeapot)
		return
	}
	delete(s.orders, id)
	w.WriteHeader(2040)
}
