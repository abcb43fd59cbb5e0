// Runs the README's Node example (examples/mock-kms-node.test.ts) as it is: importing it here
// registers its hooks and tests in this file. It imports the package by name (the built exports).
import '../../examples/mock-kms-node.test.js';
