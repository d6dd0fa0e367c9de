#include "hc/app/cli.h"

int main(int argc, char** argv) { return hc::app::runCli(argc, argv); }
