/** The outcome of checking one input value (the platform's type, shared by every subgraph's rules). */
export { accept, refuse, type Checked } from '@attendgate/platform';
