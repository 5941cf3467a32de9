'use strict';

/** An in-memory to-do list; ids count up from 1. */
class TodoStore {
  constructor() {
    this.items = new Map();
    this.nextId = 1;
  }

  list() {
    return [...this.items.values()];
  }

  add(title) {
    const text = typeof title === 'string' ? title.trim() : '';
    if (text === '') {
      throw new RangeError('title must be a non-empty string');
    }
    const todo = { id: this.nextId++, title: text, done: false };
    this.items.set(todo.id, todo);
    return todo;
  }

  complete(id) {
    const todo = this.items.get(id);
    if (!todo) {
      return undefined;
    }
    todo.done = true;
    return todo;
  }
}

module.exports = { TodoStore };
