export * from './rag-doughnut';
export * from './status-at';
export * from './weekly-trend';
export * from './overdue-by-lead';
