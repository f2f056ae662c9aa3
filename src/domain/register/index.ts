export * from './register-query';
export * from './register-row';
export * from './sort-register';
export * from './filter-register';
export * from './page';
export * from './parse-register-query';
