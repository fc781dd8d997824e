using Reform.Indicators.Cli;

return ReformCommand.Run(args, Console.Out, Console.Error);
