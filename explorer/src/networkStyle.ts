/** The Cytoscape stylesheet: node shape and colour by actor kind, edge colour by polarity, line by relation type. */
import type { StylesheetJson } from 'cytoscape';
import { KIND_LOOK, KINDS, POLARITIES, POLARITY_COLOR } from './vocabulary';

const TEXT = '#1f2328';
const SELECTED = '#e36209';

export const networkStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 28,
      height: 28,
      color: TEXT,
      'font-size': 14,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': KIND_LOOK[kind].color, shape: KIND_LOOK[kind].shape },
  })),
  {
    selector: 'node.center',
    style: {
      width: 40,
      height: 40,
      'border-width': 4,
      'border-color': TEXT,
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      width: 'mapData(confidence, 0, 1, 1.5, 4)',
      'arrow-scale': 1.1,
      'target-arrow-shape': 'none',
    },
  },
  ...POLARITIES.map((polarity) => ({
    selector: `edge[polarity = "${polarity}"]`,
    style: {
      'line-color': POLARITY_COLOR[polarity],
      'target-arrow-color': POLARITY_COLOR[polarity],
    },
  })),
  { selector: 'edge[?arrow]', style: { 'target-arrow-shape': 'triangle' } },
  {
    selector: 'edge[line = "dashed"]',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] },
  },
  { selector: 'edge[line = "dotted"]', style: { 'line-style': 'dotted' } },
  {
    selector: 'edge:selected',
    style: {
      label: 'data(label)',
      'font-size': 11,
      color: TEXT,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'font-weight': 'bold',
      'text-background-padding': '3px',
      'text-border-width': 1,
      'text-border-color': SELECTED,
      'text-border-opacity': 1,
      'underlay-color': SELECTED,
      'underlay-opacity': 0.45,
      'underlay-padding': 5,
    },
  },
  {
    selector: 'edge.fresh',
    style: { 'underlay-color': '#2da44e', 'underlay-opacity': 0.35, 'underlay-padding': 5 },
  },
  { selector: '.dimmed', style: { opacity: 0.3 } },
  {
    selector: 'node:selected',
    style: {
      'underlay-color': SELECTED,
      'underlay-opacity': 0.4,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
    },
  },
];
