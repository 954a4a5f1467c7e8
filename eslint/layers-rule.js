// ESLint rule `layers/allowed-imports`: every import of a file must go to a layer that the
// file's own layer may use (docs/architecture.md explains the layers and why).
//
// A layer is a folder of the repository; a file belongs to the layer of the longest folder that
// holds it. Relative imports are resolved against the importing file, so `../../db` from deep
// inside the domain is caught whatever the depth. Package imports are checked against the
// layer's `forbidPackages`. The rule needs no module resolution: the folder decides.
import path from 'node:path';

/** @param {string} name @param {readonly string[]} patterns */
function matchesPackage(name, patterns) {
  return patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern || name.startsWith(`${pattern}/`)));
}

/**
 * @typedef {object} Layer
 * @property {string} name        shown in messages
 * @property {string} folder      repository-relative folder
 * @property {string[]} may       names of the layers it may import (itself always)
 * @property {string[]} [mayTypes] layers it may import types from (`import type`) and nothing else
 * @property {boolean} [ownFolderOnly] its sub-folders are areas that may not import each other
 * @property {string[]} [forbidPackages] package names (a trailing * matches a prefix)
 */

/** @param {readonly Layer[]} layers @param {string} file absolute */
function layerOf(layers, root, file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  let best = null;
  for (const layer of layers) {
    if (relative === layer.folder || relative.startsWith(`${layer.folder}/`)) {
      if (!best || layer.folder.length > best.folder.length) best = layer;
    }
  }
  return best ? { layer: best, rest: relative.slice(best.folder.length + 1) } : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps imports within the layers of docs/architecture.md' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'array' } },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      layer: '{{from}} may not import {{to}} ({{specifier}}): see docs/architecture.md.',
      typeOnly: '{{from}} may import only types from {{to}} ({{specifier}}): use `import type`.',
      area: 'An area of {{from}} may not import another area ({{specifier}}): move what both use to ui/ or modules/ (docs/architecture.md).',
      package: '{{from}} may not import the package {{specifier}}: see docs/architecture.md.',
    },
  },
  create(context) {
    const { root, layers } = context.options[0];
    const file = context.filename;
    const own = layerOf(layers, root, file);
    if (!own) return {};

    /** @param {import('estree').Node} node @param {string} specifier @param {boolean} typeOnly */
    function check(node, specifier, typeOnly) {
      if (!specifier.startsWith('.')) {
        const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (matchesPackage(specifier, own.layer.forbidPackages ?? []) || matchesPackage(packageName, own.layer.forbidPackages ?? [])) {
          context.report({ node, messageId: 'package', data: { from: own.layer.name, specifier } });
        }
        return;
      }
      const target = layerOf(layers, root, path.resolve(path.dirname(file), specifier));
      if (!target) return;
      if (target.layer === own.layer) {
        if (own.layer.ownFolderOnly && own.rest.split('/')[0] !== target.rest.split('/')[0]) {
          context.report({ node, messageId: 'area', data: { from: own.layer.name, specifier } });
        }
        return;
      }
      if (own.layer.may.includes(target.layer.name)) return;
      if ((own.layer.mayTypes ?? []).includes(target.layer.name)) {
        if (!typeOnly) context.report({ node, messageId: 'typeOnly', data: { from: own.layer.name, to: target.layer.name, specifier } });
        return;
      }
      context.report({ node, messageId: 'layer', data: { from: own.layer.name, to: target.layer.name, specifier } });
    }

    const isTypeOnlyImport = (node) => node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, String(node.source.value), isTypeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, String(node.source.value), node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, String(node.source.value), node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, String(node.source.value), false),
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
