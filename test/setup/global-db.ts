// Placeholder: replaced by the embedded PostgreSQL global setup of the foundation (#2).
export default function setup(): void {}
