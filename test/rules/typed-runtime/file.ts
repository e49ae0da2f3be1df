// Linted with type information by test/rules/typed.test.ts; the tests supply the code.
